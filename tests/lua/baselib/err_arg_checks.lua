-- argument checks in base functions
print(pcall(setmetatable, {}, {}, 1) ~= nil)
print(pcall(rawget, {}))
print(pcall(rawset, {}, 1))
print(pcall(ipairs))
print(pcall(select, {}))
print(pcall(type))
