-- __close methods (at returns, also yielding), __index in ipairs and a
-- finalizer grow (move) the stack while results and registers are live.
local function deep(n) if n == 0 then return 0 end return 1 + deep(n - 1) end
local mt = {__close = function() deep(4000) end}
local function f(a, b, c)
  local x <close> = setmetatable({}, mt)
  local y <close> = setmetatable({}, mt)
  return a, b, c, a + b + c
end
local function g(...)
  local z <close> = setmetatable({}, mt)
  return ...
end
print(f(1, 2, 3))
print(select('#', g(table.unpack({1, 2, 3, 4, 5, 6, 7, 8, 9, 10}))), g(4, 5, 6))
local co = coroutine.wrap(function(...)
  local w <close> = setmetatable({}, {__close = function() deep(4000); coroutine.yield("closing") end})
  return ...
end)
print(co(7, 8, 9)); print(co())
for i, v in ipairs(setmetatable({10, 20}, {__index = function(t, k) deep(4000) return nil end})) do print(i, v) end
local t = setmetatable({}, {__gc = function() deep(5000) end}); t = nil
local s = {} for i = 1, 2000 do s[#s + 1] = tostring(i) .. "x" end
print(#table.concat(s))
