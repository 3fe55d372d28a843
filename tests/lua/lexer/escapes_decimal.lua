-- decimal escapes \ddd (up to three digits), including \0 and 255
local s = "\65\066\0677\0\255"
print(#s)
print(string.byte(s, 1, -1))
print("\104\105")
print(#"\0\0\0")
print("\9" == "\t", "\10" == "\n")
