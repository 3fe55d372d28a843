-- errors raised inside metamethods propagate with their position
local mt = {__add = function() error("no adding") end,
            __index = function(_, k) error("no key " .. k) end}
local t = setmetatable({}, mt)
print(pcall(function() return t + 1 end))
print(pcall(function() return t.x end))
print(pcall(function() return t .. "" end))
