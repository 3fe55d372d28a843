-- an error in a metamethod points at the metamethod's line
local mt = {}
mt.__index = function(t, k)
  error("no field " .. k)
end
local obj = setmetatable({}, mt)
print(pcall(function() return obj.name end))
mt.__index = function(t, k)
  error("no field " .. k, 2)
end
print(pcall(function() return obj.name end))
