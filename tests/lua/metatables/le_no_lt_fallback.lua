-- Lua 5.4 does not emulate __le with __lt
local mt = {__lt = function(a, b) return a.v < b.v end}
local x, y = setmetatable({v = 1}, mt), setmetatable({v = 2}, mt)
print(x < y, y > x)
print(pcall(function() return x <= y end))
