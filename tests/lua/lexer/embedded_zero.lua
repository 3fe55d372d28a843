-- strings may contain zero bytes anywhere
local s = "a\0b\0"
print(#s)
print(string.byte(s, 1, -1))
print(s == "a\0b\0", s == "a\0b")
print(#(s .. s))
print(("\0"):rep(3) == "\0\0\0")
