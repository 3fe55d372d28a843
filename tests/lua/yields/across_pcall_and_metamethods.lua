-- yields across pcall
local co = coroutine.create(function(a)
  local ok, x, y = pcall(function(b)
    local r = coroutine.yield(b + 1)
    return r * 2, "second"
  end, a)
  print("pcall ->", ok, x, y)
  local ok2, e = pcall(function()
    coroutine.yield("about to fail")
    error("boom")
  end)
  print("pcall2 ->", ok2, e)
  local ok3, e3 = xpcall(function()
    coroutine.yield("x")
    error({code = 1})
  end, function(m) return "handled: " .. type(m) end)
  print("xpcall ->", ok3, e3)
  return "done"
end)
print(coroutine.resume(co, 10))
print(coroutine.resume(co, 21))
print(coroutine.resume(co))
print(coroutine.resume(co))
print(coroutine.status(co))
-- metamethods
local mt = {}
mt.__index = function(t, k) return coroutine.yield("index " .. k) end
mt.__add = function(a, b) return coroutine.yield("add") end
mt.__lt = function(a, b) return coroutine.yield("lt") end
mt.__le = function(a, b) return coroutine.yield("le") end
mt.__eq = function(a, b) return coroutine.yield("eq") end
mt.__concat = function(a, b) return coroutine.yield("concat") end
mt.__len = function(a) return coroutine.yield("len") end
mt.__unm = function(a) return coroutine.yield("unm") end
mt.__newindex = function(t, k, v) coroutine.yield("newindex") rawset(t, k, v) end
mt.__call = function(self, x) return coroutine.yield("call") end
local co2 = coroutine.wrap(function()
  local t = setmetatable({}, mt)
  local u = setmetatable({}, mt)
  print("idx", t.foo)
  print("add", t + 1)
  print("lt", t < u, 1 < t)
  print("le", t <= u)
  print("eq", t == u)
  print("concat", "a" .. t .. "b" .. "c")
  print("len", #t)
  print("unm", -t)
  t.x = 5; print("newindex", rawget(t, "x"))
  print("call", t(3))
  if t < u then print("then") else print("else") end
  for i, v in function(s, c) if c < 3 then return coroutine.yield("iter") end end, nil, 0 do print("it", i, v) end
  return "end"
end)
local v = co2()
local n = 0
while v ~= "end" do
  n = n + 1
  io.write(tostring(v), " ; ")
  if v == "index foo" then v = co2("FOO")
  elseif v == "add" then v = co2(42)
  elseif v == "lt" then v = co2(n % 2 == 0)
  elseif v == "le" then v = co2(false)
  elseif v == "eq" then v = co2(1)
  elseif v == "concat" then v = co2("C" .. n)
  elseif v == "len" then v = co2(7)
  elseif v == "unm" then v = co2(-1)
  elseif v == "iter" then v = co2(n, n * 2)
  else v = co2("r" .. n) end
end
print("finished")
-- close
local co3 = coroutine.wrap(function()
  do
    local x <close> = setmetatable({}, {__close = function() coroutine.yield("closing x") end})
    local y <close> = setmetatable({}, {__close = function() coroutine.yield("closing y") end})
  end
  local function f()
    local z <close> = setmetatable({}, {__close = function() coroutine.yield("closing z") end})
    return 1, 2, 3
  end
  print("f", f())
  return "end3"
end)
print(co3()); print(co3()); print(co3()); print(co3())
-- table.sort comparator cannot yield
print(coroutine.wrap(function() return pcall(table.sort, {3,2,1}, function(a,b) coroutine.yield() end) end)())
-- yield inside pcall inside pcall
local co4 = coroutine.wrap(function()
  print(pcall(pcall, function() coroutine.yield(1); error("deep") end))
  print(pcall(function() local ok, e = pcall(function() coroutine.yield(2); error("inner") end); coroutine.yield(3); error("outer " .. e) end))
  return "end4"
end)
print(co4()); print(co4()); print(co4()); print(co4())
