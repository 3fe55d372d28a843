-- error with string, level and non-string values
print(pcall(error, "msg"))
print(pcall(error, "msg", 0))
print(pcall(function() error("msg") end))
print(pcall(function() error("msg", 0) end))
print(pcall(function() error() end))
print(pcall(function() error(setmetatable({}, {__tostring = function() return "obj" end})) end))
