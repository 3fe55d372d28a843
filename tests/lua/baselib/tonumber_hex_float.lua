-- tonumber accepts hexadecimal floats and exponents
print(tonumber("0x1p4"), tonumber("0x.8"), tonumber("0xA.8"), tonumber("0X1P-2"))
print(tonumber("1E+2"), tonumber("-1e-2"), tonumber("0e0"), tonumber("1e400"))
print(tonumber("0x1.8"), tonumber("0xffffffffffffffffff"))
print(tonumber("0x1p-1074") > 0, tonumber("0x1p1024"))
