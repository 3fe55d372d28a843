-- exponentiation always yields a float
print(2 ^ 10, math.type(2 ^ 2), 4 ^ 0.5, 2 ^ -1)
print(10 ^ 2 == 100, (-8) ^ (1/3) ~= (-8) ^ (1/3))
print(0 ^ 0, 2 ^ 63 == math.maxinteger + 1.0)
print(2 ^ 53 == 2 ^ 53 + 1, 10 ^ -1)
