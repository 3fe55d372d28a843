-- strings that look almost numeric do not convert
print(pcall(function() return "1 2" + 0 end))
print(pcall(function() return "0x" + 0 end))
print(pcall(function() return "1e" + 0 end))
print(pcall(function() return "inf" + 0 end))
print(pcall(function() return "nan" + 0 end))
print(pcall(function() return "1\0" + 0 end))
