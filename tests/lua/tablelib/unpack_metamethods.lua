-- table.unpack and table.concat use __index
local proxy = setmetatable({}, {__index = function(_, i) return "v" .. i end})
print(table.unpack(proxy, 1, 3))
print(table.concat(proxy, ",", 1, 4))
print(select("#", table.unpack(proxy, 1, 5)))
