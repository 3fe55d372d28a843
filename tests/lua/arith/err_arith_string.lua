-- strings that do not convert give an arithmetic error
print(pcall(function() return "abc" + 1 end))
local s = "12a"
print(pcall(function() return s * 2 end))
print(pcall(function() return 1 - "" end))
print(pcall(function() return -"x" end))
print(pcall(function() return "1" // "y" end))
