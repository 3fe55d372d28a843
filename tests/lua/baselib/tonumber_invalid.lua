-- tonumber returns fail for strings that are not numerals
print(tonumber(""), tonumber(" "), tonumber("abc"), tonumber("1a"), tonumber("1 2"))
print(tonumber("0x"), tonumber("1e"), tonumber("--1"), tonumber("1..2"), tonumber(".") )
print(tonumber(nil), tonumber(true), tonumber({}), tonumber("inf"), tonumber("nan"))
print(tonumber("1\0"), tonumber("+-1"), tonumber("++1"))
