-- ordering comparisons between mismatched types raise errors
print(pcall(function() return 1 < "2" end))
print(pcall(function() return "a" <= 1 end))
print(pcall(function() return {} < 1 end))
print(pcall(function() return nil > 1 end))
print(pcall(function() return true >= false end))
print(pcall(function() local x; return 1 < x end))
