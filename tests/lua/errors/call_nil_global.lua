-- calling an undefined global names it
print(pcall(function() undefined_function() end))
print(pcall(function() return math.nofunc(1) end))
print(pcall(function() string.nothing() end))
print(pcall(function() _G.missing() end))
