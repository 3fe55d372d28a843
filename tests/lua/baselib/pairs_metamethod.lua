-- pairs calls __pairs and returns its first three results
local t = setmetatable({}, {__pairs = function(tbl) return function(_, k) if not k then return 1, "one" end end, tbl, nil, "extra" end})
for k, v in pairs(t) do print(k, v) end
print(select("#", pairs(t)))
print(select("#", pairs({})))
