-- non-ASCII bytes in strings pass through untouched (printed as bytes)
local s = "ñé€"
print(#s)
print(string.byte(s, 1, -1))
local l = [[日本]]
print(#l, string.byte(l, 1))
