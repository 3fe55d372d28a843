-- leading and trailing whitespace is accepted, embedded is not
print(tonumber(" \t\n\r\f\v10 \t\n\r\f\v"))
print(tonumber("1 0"), tonumber(" - 1"), tonumber("-  1"))
print(tonumber("0x 1"), tonumber("1e 2"))
print(tonumber("\n0x10\n"), tonumber(" 1e1 "))
