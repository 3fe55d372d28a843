-- length operator on numbers, nil and booleans
print(pcall(function() return #5 end))
local n
print(pcall(function() return #n end))
print(pcall(function() return #true end))
print(pcall(function() return #missing_global end))
