-- expressions on constants give the same results as at run time
local one, zero = 1, 0
print(1 / 0, one / zero, -1 / 0 == -one / zero)
print(3 // 2, 3.0 // 2, 7 % -3, -7 % 3, 7.5 % 2)
print(2 ^ 2, 1 << 63, 1 << 64, -1 >> 1)
print(0.0 == -0.0, 1 / (0.0 * -1))
print(math.mininteger // -1, math.mininteger % -1)
