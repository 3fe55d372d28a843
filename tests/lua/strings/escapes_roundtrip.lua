-- strings with control bytes survive concatenation and sub
local s = "a\0b\nc\rd\te\255"
local t = s:sub(1, 4) .. s:sub(5)
print(t == s, #t)
print(string.byte(t, 1, -1))
