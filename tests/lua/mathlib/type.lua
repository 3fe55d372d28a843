-- math.type distinguishes integers, floats and non-numbers
print(math.type(1), math.type(1.0), math.type(0x10), math.type(1e0))
print(math.type("1"), math.type(nil), math.type({}))
print(pcall(math.type))
print(math.type(2^63), math.type(math.maxinteger))
