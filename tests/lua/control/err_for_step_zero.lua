-- a zero step is an error
print(pcall(function() for i = 1, 10, 0 do end end))
print(pcall(function() for i = 1.0, 10, 0.0 do end end))
local z = 0
print(pcall(function() for i = 1, 2, z do end end))
