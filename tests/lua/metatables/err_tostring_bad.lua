-- __tostring must return a string
local t = setmetatable({}, {__tostring = function() return {} end})
print(pcall(tostring, t))
print(pcall(print, t))
local u = setmetatable({}, {__tostring = function() error("tostring failed") end})
print(pcall(tostring, u))
