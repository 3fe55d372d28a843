-- string operations return new strings; the original is unchanged
local s = "hello"
local u = s:upper()
print(s, u)
local t = s .. " world"
print(s, t)
local r = s:rep(2)
print(s, r, #s, #r)
