-- hexadecimal float edge cases
print(0x0p0, 0x1p-1074 > 0, 0x1.8p1, 0X1.FFFFFFFFFFFFFp1023 < math.huge)
print(0x1p63 == 2^63, 0x10p-4)
print(0xA, 0xa.0, math.type(0xa.0))
print(0x1p+2, 0x1P+2 == 4.0)
