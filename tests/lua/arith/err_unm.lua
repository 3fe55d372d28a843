-- unary minus on non-numbers
print(pcall(function() return -{} end))
print(pcall(function() local s = "abc"; return -s end))
print(pcall(function() return -nil end))
print(pcall(function() local t = {}; return -t.x end))
