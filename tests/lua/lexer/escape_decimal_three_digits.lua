-- a decimal escape reads at most three digits
local s = "\0491"
print(s, #s)
local t = "\1234"
print(#t, string.byte(t, 1, -1))
