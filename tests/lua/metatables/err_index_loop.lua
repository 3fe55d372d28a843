-- a cyclic __index chain is detected
local a, b = {}, {}
setmetatable(a, {__index = b})
setmetatable(b, {__index = a})
print(pcall(function() return a.x end))
local c = {}
setmetatable(c, {__newindex = c})
print(rawequal(getmetatable(c).__newindex, c))
local d = setmetatable({}, {})
getmetatable(d).__newindex = d
print(pcall(function() d.x = 1 end))
