-- string.upper and string.lower only change ASCII letters
print(string.upper("Hello, World! 123"), string.lower("Hello, World! 123"))
print(("MiXeD"):upper(), ("MiXeD"):lower())
local s = string.upper("caf\195\169")
print(string.byte(s, 1, -1))
print(string.upper(""), string.lower(42))
