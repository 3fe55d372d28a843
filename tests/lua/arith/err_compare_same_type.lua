-- two tables, two functions or two booleans cannot be ordered without metamethods
print(pcall(function() return {} < {} end))
print(pcall(function() return print <= print end))
print(pcall(function() return true < true end))
print(pcall(function() return nil < nil end))
