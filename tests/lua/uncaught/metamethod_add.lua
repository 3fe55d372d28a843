-- traceback through an __add metamethod
local mt = {__add = function(a, b) return a.v + b.v end}
local x = setmetatable({v = 1}, mt)
local y = setmetatable({}, mt)
print(x + y)
