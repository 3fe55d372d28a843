-- concatenation of nil, booleans and tables names the operand
local x
print(pcall(function() return "a" .. x end))
print(pcall(function() return true .. "" end))
print(pcall(function() local t = {}; return t.name .. "!" end))
print(pcall(function() return "s" .. {} end))
print(pcall(function() return 1 .. nothing_here end))
