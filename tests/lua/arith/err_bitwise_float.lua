-- floats without an exact integer value cannot be used in bitwise ops
print(pcall(function() return 1.5 | 1 end))
local x = 2.5
print(pcall(function() return x & 1 end))
print(pcall(function() return 2^63 | 0 end))
print(pcall(function() return math.huge >> 1 end))
print(pcall(function() local t = {v = 0.5}; return ~t.v end))
