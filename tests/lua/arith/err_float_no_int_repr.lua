-- a float argument that is not integral is rejected where integers are needed
print(pcall(string.rep, "x", 2.5))
print(pcall(string.sub, "abc", 1.5))
print(pcall(string.char, 65.2))
print(pcall(function() return ("x"):rep(1e100) end))
