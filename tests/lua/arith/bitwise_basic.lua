-- bitwise and, or, xor, not on integers
print(0xF0 & 0x3C, 0xF0 | 0x0F, 0xF0 ~ 0xFF, ~0)
print(5 & -1, -1 | 0, ~5, ~-1)
print(math.maxinteger & math.mininteger, math.maxinteger | math.mininteger)
print(0x5555 ~ 0xAAAA, 12 & 10, 12 | 10, 12 ~ 10)
