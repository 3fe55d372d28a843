-- tostring requires an argument
print(pcall(tostring))
print(tostring(nil), tostring(nil, "extra"))
print(pcall(tostring, setmetatable({}, {__tostring = function() return nil end})))
print(tostring(setmetatable({}, {__tostring = function() return "ok" end})))
