-- multiplication overflow wraps modulo 2^64
print(3037000500 * 3037000500)
print(0x100000000 * 0x100000000, 0x100000000 * 0x80000000)
print(-3 * math.mininteger, 12345678901 * 98765432109)
print(math.maxinteger * 3, math.mininteger * math.mininteger)
