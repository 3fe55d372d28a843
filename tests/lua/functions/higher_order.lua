-- map/filter/reduce written with closures
local function map(t, f) local r = {} for i, v in ipairs(t) do r[i] = f(v) end return r end
local function filter(t, p) local r = {} for _, v in ipairs(t) do if p(v) then r[#r + 1] = v end end return r end
local function reduce(t, f, a) for _, v in ipairs(t) do a = f(a, v) end return a end
local nums = {1, 2, 3, 4, 5, 6}
local sq = map(nums, function(x) return x * x end)
print(table.concat(sq, " "))
print(table.concat(filter(sq, function(x) return x % 2 == 0 end), " "))
print(reduce(nums, function(a, b) return a + b end, 0))
