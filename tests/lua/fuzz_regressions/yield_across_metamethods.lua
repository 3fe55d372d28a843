-- a coroutine may yield inside metamethods called by the VM and inside __close
local mt = {
  __add = function() return coroutine.yield("add") end,
  __lt = function() return coroutine.yield("lt") end,
  __concat = function() return coroutine.yield("concat") end,
  __eq = function() return coroutine.yield("eq") end,
  __index = function(_, k) return coroutine.yield("index " .. k) end,
  __newindex = function(_, k) coroutine.yield("newindex " .. k) end,
  __len = function() return coroutine.yield("len") end,
  __unm = function() return coroutine.yield("unm") end,
}
local co = coroutine.create(function()
  local t, u = setmetatable({}, mt), setmetatable({}, mt)
  local r = {t + 1, t < u, t .. "x", t == u, t.foo, #t, -t}
  t.bar = 1
  local x <close> = setmetatable({}, {__close = function() coroutine.yield("close") end})
  return table.unpack(r, 1, 7)
end)
local v = nil
repeat
  local res = table.pack(coroutine.resume(co, v))
  print(table.unpack(res, 1, res.n))
  v = res[2] == "lt" and true or res[2] == "eq" and false or 7
until coroutine.status(co) == "dead"
local it = coroutine.wrap(function()
  for k, v in pairs(setmetatable({}, {__pairs = function(t)
    coroutine.yield("pairs")
    return next, {10}, nil
  end})) do coroutine.yield(k, v) end
  return "done"
end)
print(it()) print(it()) print(it())
