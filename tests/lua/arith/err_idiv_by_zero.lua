-- integer floor division by zero raises an error
print(pcall(function() return 1 // 0 end))
local z = 0
print(pcall(function() return 10 // z end))
print(pcall(function() return math.mininteger // z end))
print(1.0 // 0, 1 // 0.0)
