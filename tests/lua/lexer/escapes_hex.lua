-- hexadecimal escapes \xXX in both cases
local s = "\x41\x62\xff\x00\xAb"
print(#s)
print(string.byte(s, 1, -1))
print("\x48\x69")
