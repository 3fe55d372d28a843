-- integer numerals: decimal, hexadecimal, math.type of each
print(0, 42, 0x10, 0XfF, 0xa)
print(math.type(1), math.type(0x10), math.type(1.0))
print(9223372036854775807)
print(0x7fffffffffffffff)
print(0xffffffffffffffff)
print(0x10000000000000001)
print(007, 0x0)
