-- __tostring is used by tostring and print
local mt = {__tostring = function(self) return "Point(" .. self.x .. "," .. self.y .. ")" end}
local p = setmetatable({x = 1, y = 2}, mt)
print(p)
print(tostring(p), type(tostring(p)))
local q = setmetatable({}, {__tostring = function() return 42 end})
print(pcall(tostring, q))
print(type(tostring(q)), tostring(q) == "42")
