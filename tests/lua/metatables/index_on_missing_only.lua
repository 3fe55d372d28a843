-- __index is not consulted for keys present with false values
local t = setmetatable({flag = false}, {__index = function() return "fallback" end})
print(t.flag, t.other)
t.flag = nil
print(t.flag)
