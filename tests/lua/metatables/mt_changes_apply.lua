-- adding a metamethod after setmetatable takes effect immediately
local mt = {}
local t = setmetatable({}, mt)
print(t.x)
mt.__index = function() return "late" end
print(t.x)
mt.__index = nil
print(t.x)
