-- arithmetic errors name locals, upvalues, globals, fields and constants
local up
print(pcall(function() local l; return l + 1 end))
print(pcall(function() return up * 2 end))
print(pcall(function() return glob - 1 end))
print(pcall(function() local t = {}; return t.f / 2 end))
print(pcall(function() return 2 ^ {} end))
print(pcall(function() return "abc" + 1 end))
