-- bitwise metamethods are tried when operands are non-integral floats or strings
local mt = {__bor = function(a, b) return "bor called" end}
local t = setmetatable({}, mt)
print(t | 1.5, 1.5 | t, "x" | t)
print(pcall(function() return 1.5 | 1 end))
