-- tonumber with bases handles signs, whitespace and wrap-around
print(tonumber(" -7 ", 8), tonumber("-0", 2), tonumber("+1", 10))
print(tonumber("1" .. string.rep("0", 20), 2))
print(tonumber("zzzzzzzzzzzzzz", 36))
print(tonumber("8", 8), tonumber("g", 16), tonumber("a", 11), tonumber("b", 11))
print(tonumber("1", 2.0))
