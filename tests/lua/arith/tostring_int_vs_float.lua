-- integer and float values with the same numeric value print differently
print(1, 1.0, -1, -1.0, 0, 0.0)
print(3 // 1, 3 / 1, 3 * 1.0, 2^1)
print(math.maxinteger, math.maxinteger + 0.0)
print(1e15, 123456789012345.0, 1234567890123456.0)
