-- __len overrides # for tables; rawlen ignores it
local t = setmetatable({1, 2, 3}, {__len = function(self) return 42 end})
print(#t, rawlen(t))
local u = setmetatable({}, {__len = function() return "not a number" end})
print(#u)
local w = setmetatable({}, {__len = function() return 1, 2 end})
print(#w)
