-- tonumber with an explicit base
print(tonumber("ff", 16), tonumber("FF", 16), tonumber("777", 8), tonumber("101", 2))
print(tonumber("z", 36), tonumber("Z", 36), tonumber("10", 36), tonumber("-ff", 16))
print(tonumber("  11  ", 2), tonumber("12", 2), tonumber("", 10), tonumber("1.5", 10))
print(tonumber("7fffffffffffffff", 16), tonumber("ffffffffffffffff", 16), tonumber("10000000000000000", 16))
print(tonumber("0x10", 16), tonumber("10", 10), math.type(tonumber("10", 10)))
