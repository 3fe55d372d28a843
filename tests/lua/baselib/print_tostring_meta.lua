-- print uses __tostring and __name
local p = setmetatable({}, {__tostring = function() return "<obj>" end})
print(p, p)
print(pcall(print, setmetatable({}, {__tostring = function() return true end})))
print(setmetatable({}, {__tostring = function() return "" end}), "|")
