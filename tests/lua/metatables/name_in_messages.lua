-- __name is used in type error messages
local obj = setmetatable({}, {__name = "MyType"})
print(pcall(function() return obj + 1 end))
print(pcall(function() return obj() end))
print(pcall(string.rep, obj))
print(pcall(function() return obj < obj end))
print(pcall(function() return obj .. "" end))
