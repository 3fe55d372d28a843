-- calling the nil result of a call has no variable name
local function getnil() return nil end
print(pcall(function() getnil()() end))
print(pcall(function() local t = {}; return (t.x or nil)() end))
print(pcall(function() return getnil()[1] end))
