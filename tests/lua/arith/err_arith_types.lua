-- arithmetic on tables, booleans and functions
print(pcall(function() return {} + 1 end))
print(pcall(function() return true * 2 end))
local f = print
print(pcall(function() return f % 2 end))
print(pcall(function() local b = false; return -b end))
