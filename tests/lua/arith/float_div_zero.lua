-- float division by zero gives infinities (NaN checked by self-inequality)
print(1 / 0, -1 / 0, 1 / -0.0, 0.0 / 1)
local n = 0 / 0
print(n ~= n, math.type(n))
print(1e308 * 10, -1e308 * 10)
print(math.huge - math.huge ~= math.huge - math.huge)
