local function hex(s) return (s:gsub(".", function(c) return string.format("%02x", c:byte()) end)) end
local function h(s) local x = 0 for i = 1, #s do x = (x * 31 + s:byte(i)) % 4294967296 end return x end
local function f(a, b, ...)
  local t = {a, b, ...}
  local s = "long string constant long string constant long string constant"
  for i = 1, #t do t[i] = t[i] * 2 end
  return function() return t, s, 1.5, 2^53, true, nil end
end
for _, strip in ipairs{false, true} do
  local d = string.dump(f, strip)
  print(#d, h(d))
  local g = load(d, "dumped", "b")
  local k = g(1, 2, 3)
  local t, s = k()
  print(t[1], t[3], s:sub(1, 10))
end
print(#string.dump(load("return 1 + ...")), h(string.dump(load("return 1 + ..."))))
print(pcall(string.dump, print))
print(load(string.dump(f), "x", "t"))
print(load("return 1", "x", "b"))
local d = string.dump(f)
for _, n in ipairs{1, 4, 5, 10, 20, 30, #d - 1} do print(n, load(d:sub(1, n))) end
print(load(d:sub(1, 5) .. "\x55" .. d:sub(7)))
print(load(d:sub(1, 6) .. "\x01" .. d:sub(8)))
local bad = function() error("boom") end
local sd = load(string.dump(bad, true))
print(pcall(sd))
print(pcall(load(string.dump(function(a) return a + 1 end, true)), {}))
local up = 10
local function uf() return up end
local lf = load(string.dump(uf))
print(type(select(2, pcall(lf))))
print(debug.getinfo(load(string.dump(f, true)), "S").source, debug.getinfo(load(string.dump(f)), "S").short_src)
