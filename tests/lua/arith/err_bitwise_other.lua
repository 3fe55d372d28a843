-- bitwise ops on tables, nil and booleans
print(pcall(function() return {} | 1 end))
local t = {}
print(pcall(function() return t.x ~ 1 end))
print(pcall(function() return true & 1 end))
print(pcall(function() local n; return 1 >> n end))
