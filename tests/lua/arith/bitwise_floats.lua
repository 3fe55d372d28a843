-- floats with exact integer values are accepted by bitwise operators
print(2.0 | 1, 3.0 & 1.0, ~0.0, 1.0 << 2)
print(2^53 | 0, -2^63 | 0)
print(math.type(2.0 | 0))
print(0x10 | 0.0, 255.0 & 15, 2^10 >> 10.0)
