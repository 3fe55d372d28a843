-- float numerals: fractions, exponents, hexadecimal floats
print(3., .5, 3.25, 1e2, 1E-2, 2.5e+3)
print(0x1p4, 0x.8, 0xA.8p0, 0x1P-1, 0x.1p4)
print(math.type(1e2), math.type(0x1p0), math.type(3.))
print(1e308 * 10 == math.huge)
print(0.1 + 0.2 == 0.3, 0.5 + 0.25 == 0.75)
