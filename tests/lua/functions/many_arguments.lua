-- functions with many parameters and arguments
local function f(a, b, c, d, e, f, g, h, i, j) return a + b + c + d + e + f + g + h + i + j end
print(f(1, 2, 3, 4, 5, 6, 7, 8, 9, 10))
print(f(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12))
local t = {}
for i = 1, 200 do t[i] = i end
print(select("#", table.unpack(t)), math.max(table.unpack(t)))
