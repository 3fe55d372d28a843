local function f(a, b)
  local x = a + b
  return x * 2
end
local log = {}
debug.sethook(function(ev, line)
  local info = debug.getinfo(2, "nS")
  log[#log + 1] = ev .. ":" .. tostring(line) .. ":" .. tostring(info.name) .. ":" .. info.what
end, "crl")
local r = f(1, 2)
print(string.rep("x", 3))
debug.sethook()
for _, l in ipairs(log) do print(l) end
print(debug.gethook())
local c = 0
debug.sethook(function(ev) c = c + 1 end, "", 10)
for i = 1, 1000 do end
debug.sethook()
print("count events", c)
print(debug.getinfo(1, "l").currentline, debug.getinfo(f, "S").linedefined)
local t = debug.getinfo(print)
print(t.what, t.short_src, t.source, t.nups, t.isvararg, t.func == print)
print(debug.getlocal(f, 1), debug.getlocal(f, 2), debug.getlocal(f, 3))
local function g(...) local z = 10; print(debug.getlocal(1, 1), debug.getlocal(1, -1), debug.getlocal(1, -3)); print(debug.setlocal(1, 1, 20), z) end
g(7, 8)
local up = 5
local function h() return up end
print(debug.getupvalue(h, 1), debug.setupvalue(h, 1, 9), h())
print(debug.traceback("msg", 1))
print(pcall(debug.getinfo, 1, ">"))
print(pcall(debug.getlocal, 100, 1))
print(debug.getinfo(100))
