-- hexadecimal and exponent strings in arithmetic
print("0x1p4" + 0, "0xA" + 0, "0x.8" * 2, "1E2" - 0)
print("0x" .. "10" + 0)
print(" 0x10 " + 0, "1." + 0, ".5" + 0)
print(math.type("0x10" + 0), math.type("0x1p4" + 0), "0XFF" * 1)
