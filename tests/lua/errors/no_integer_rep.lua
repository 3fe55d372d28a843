-- "number has no integer representation" in several contexts
print(pcall(function() return 1.5 // 1 | 0 end))
print(pcall(function() local f = 2^64; return f | 0 end))
print(pcall(function() return ({})[1] or 3.5 & 1 end))
print(pcall(string.rep, "x", 1.5))
print(pcall(function() local t = {}; t[1] = 1; return t[1.5] end))
