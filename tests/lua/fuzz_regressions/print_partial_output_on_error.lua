-- print writes the arguments before one whose __tostring fails
local bad = setmetatable({}, {__tostring = function() error("boom", 0) end})
print(pcall(print, 1, 2, bad, 4))
print("")
print(pcall(print, "a", setmetatable({}, {__tostring = function() return {} end})))
print("")
print(pcall(print, bad))
print("end")
