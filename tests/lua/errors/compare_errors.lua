-- comparison errors name the two types
print(pcall(function() return 1 < nil end))
print(pcall(function() return nil < 1 end))
print(pcall(function() return "x" < 1 end))
print(pcall(function() return {} <= 1 end))
print(pcall(function() return 1 >= {} end))
print(pcall(function() return print < print end))
