-- pcall returns true plus all results on success
print(pcall(function() return 1, 2, 3 end))
print(pcall(function() end))
print(select("#", pcall(function() return nil, nil end)))
print(pcall(math.max, 3, 9, 4))
print(pcall(string.rep, "ab", 3))
