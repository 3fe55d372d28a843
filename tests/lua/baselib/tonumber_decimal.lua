-- tonumber on decimal strings and numbers
print(tonumber("10"), tonumber("10.5"), tonumber("-3"), tonumber("1e3"), tonumber(".5"))
print(tonumber("  42  "), tonumber("\t7\n"), tonumber("5."), tonumber("0x1F"), tonumber("-0x10"))
print(tonumber(15), tonumber(1.5), tonumber("9223372036854775807"), tonumber("9223372036854775808"))
print(math.type(tonumber("10")), math.type(tonumber("10.0")), math.type(tonumber("1e2")))
