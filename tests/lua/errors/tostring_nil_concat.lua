-- a common mistake: concatenating nil
local name
print(pcall(function() return "Hello, " .. name end))
print(pcall(function() return "Hello, " .. tostring(name) end))
print(pcall(function() return name .. "!" end))
