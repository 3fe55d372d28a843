-- Yields across pcall/metamethods combined with errors, closing and status.
local function drive(f, ...)
  local co = coroutine.create(f)
  local res = table.pack(coroutine.resume(co, ...))
  local n = 0
  while coroutine.status(co) == "suspended" and n < 50 do
    n = n + 1
    print("yielded", table.unpack(res, 2, res.n))
    res = table.pack(coroutine.resume(co, "r" .. n))
  end
  print("end", coroutine.status(co), table.unpack(res, 1, res.n))
end

-- error inside metamethod after a yield, caught by an outer pcall
drive(function()
  local t = setmetatable({}, {__index = function(_, k)
    local v = coroutine.yield("index", k)
    error("bad key " .. k .. " " .. v)
  end})
  print(pcall(function() return t.a end))
  return "after"
end)

-- yields inside nested xpcall handlers' bodies, handler sees traceback-ish info
drive(function()
  return xpcall(function()
    local a = coroutine.yield(1)
    local b = select(2, pcall(function() coroutine.yield(2); error("in", 0) end))
    coroutine.yield(b)
    error({a})
  end, function(e) return type(e) == "table" and ("tbl " .. e[1]) or e end)
end)

-- coroutine.close on a coroutine suspended inside pcall, with tbc variables
do
  local co = coroutine.create(function()
    local x <close> = setmetatable({}, {__close = function(_, e) print("closing x", e) end})
    pcall(function()
      local y <close> = setmetatable({}, {__close = function(_, e) print("closing y", e) end})
      coroutine.yield("inside")
    end)
  end)
  print(coroutine.resume(co))
  print(coroutine.close(co))
  print(coroutine.status(co))
end

-- error in __close after yield inside pcall
drive(function()
  return pcall(function()
    local z <close> = setmetatable({}, {__close = function()
      coroutine.yield("closing z")
      error("close error", 0)
    end})
    return "body"
  end)
end)

-- isyieldable in different contexts
drive(function()
  print("in body", coroutine.isyieldable())
  pcall(function() print("in pcall", coroutine.isyieldable()) end)
  local t = setmetatable({}, {__index = function() return coroutine.isyieldable() end})
  print("in __index", t.x)
  table.sort({2, 1}, function(a, b) print("in sort", coroutine.isyieldable()) return a < b end)
  print(string.gsub("a", "a", function() return tostring(coroutine.isyieldable()) end))
end)

-- yield across dofile? (load + call of a chunk) and across pairs' __pairs
drive(function()
  local f = load("local a = coroutine.yield('in chunk') return a .. '!'")
  print(f())
  for k, v in pairs(setmetatable({}, {__pairs = function(t) coroutine.yield("pairs") return next, {5}, nil end})) do
    print(k, v)
  end
end)

-- arithmetic chain with yielding metamethods
drive(function()
  local mt = {}
  mt.__add = function(a, b) return coroutine.yield("add") end
  mt.__concat = function(a, b) local r = coroutine.yield("cat") return r end
  local o = setmetatable({}, mt)
  print(o + 1 + 2, 1 .. o .. 2 .. o)
  print((o + o) .. "x")
end)

-- resume a running / normal coroutine and error objects crossing yields
drive(function()
  local co
  co = coroutine.create(function() return coroutine.resume(co) end)
  print(coroutine.resume(co))
  local ok, e = pcall(function() coroutine.yield(); error(setmetatable({}, {__tostring = function() return "E!" end})) end)
  print(ok, tostring(e))
end)

-- wrap: errors propagate with position through yields across pcall
local w = coroutine.wrap(function() pcall(coroutine.yield, 1); error("wrapped") end)
print(w())
print(pcall(w))
