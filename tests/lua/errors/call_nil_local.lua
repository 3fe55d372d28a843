-- calling a nil local names it
print(pcall(function() local f; f() end))
print(pcall(function() local a, b, c = 1, 2; c(a, b) end))
print(pcall(function(param) param() end))
print(pcall(function(...) local a = ...; a() end))
