-- Vararg functions: packing, select('#'), forwarding, table construction.
local function count(...) return select("#", ...) end
local function sum3(...)
  local a, b, c = ...
  return a + b + c
end
local function forward(...) return sum3(...) end
local function pack(...) return { ... } end
local N = 7000000
local total = 0
for i = 1, N do
  total = total + forward(i, 2, 3) + count(i, i, i, i)
  local t = pack(i, i + 1)
  total = total + t[2]
end
print(total)
