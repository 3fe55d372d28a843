-- simple escape sequences in quoted strings, printed as bytes
local s = "\a\b\f\n\r\t\v\\\"\'"
print(#s)
print(string.byte(s, 1, -1))
print('it\'s', "say \"hi\"")
print("tab:\tend")
