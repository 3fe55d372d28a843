-- extra values are evaluated and discarded; missing become nil
local log = {}
local function f(n) log[#log + 1] = n; return n end
local a, b = f(1), f(2), f(3)
print(a, b, #log)
local c, d, e = f(4)
print(c, d, e)
local function two() return "x", "y" end
local g, h, i = two()
print(g, h, i)
local j, k, l = two(), 7
print(j, k, l)
