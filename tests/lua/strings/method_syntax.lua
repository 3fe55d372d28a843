-- strings have a metatable whose __index is the string table
local s = "Lua"
print(s:len(), s:upper(), s:lower(), s:rep(2))
print(("%s-%s"):format("a", "b"))
print(getmetatable("").__index == string)
print(s.len == string.len, ("x").nonexistent)
