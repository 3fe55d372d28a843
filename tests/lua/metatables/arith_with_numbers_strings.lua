-- metamethods are not used when both operands are numbers or numeric strings
local mt = {__add = function() return "meta" end}
local t = setmetatable({}, mt)
print(1 + 2, "1" + 2, t + 1, 1 + t)
print(pcall(function() return "x" + t end))
