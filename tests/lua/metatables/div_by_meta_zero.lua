-- __idiv and __mod are used for tables even if the other operand is zero
local mt = {__idiv = function() return "idiv" end, __mod = function() return "mod" end}
local t = setmetatable({}, mt)
print(t // 0, t % 0, 0 // t)
print(0 % t, t // t)
