-- string functions called as methods on values and literals
local s = "abc"
print(s:upper(), s:len(), s:byte(2), s:sub(2), s:rep(2, "|"))
print(("%d-%d"):format(1, 2), ("x"):byte(), (5 .. ""):len())
print(("Lua"):lower():upper():len())
