-- strings are not converted by bitwise operators in Lua 5.4
print(pcall(function() return "3" | 1 end))
local s = "7"
print(pcall(function() return s & 1 end))
print(pcall(function() return 1 << "abc" end))
print(pcall(function() return ~"1" end))
