-- setmetatable argument checking
print(pcall(setmetatable, {}))
print(pcall(setmetatable, nil, {}))
print(pcall(setmetatable, {}, "mt"))
print(pcall(getmetatable))
