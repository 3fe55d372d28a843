-- how non-constant and integer keys are named in index errors
local t = {}
local k = "dyn"
print(pcall(function() return t[k].x end))
print(pcall(function() return t[1].x end))
print(pcall(function() return t[1.5].x end))
print(pcall(function() return t[true].x end))
print(pcall(function() local i = 2; return t[i].x end))
