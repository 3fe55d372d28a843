-- exponentiation edge cases
print(2 ^ 0.5 == math.sqrt(2), 0 ^ 0, 0 ^ -1, (-2) ^ 2, (-2) ^ 3)
print(1 ^ math.huge, 2 ^ 1024, 2 ^ -1080)
print(math.type(2 ^ 1), 10 ^ 15, 10 ^ 16)
print((-1) ^ 0.5 ~= (-1) ^ 0.5, 2 ^ 0.5 * 2 ^ 0.5 - 2 < 1e-15)
