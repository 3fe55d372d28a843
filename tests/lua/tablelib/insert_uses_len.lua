-- table.insert and table.remove use the __len metamethod
local t = setmetatable({}, {__len = function() return 10 end})
table.insert(t, "x")
print(rawget(t, 11))
local r = setmetatable({[5] = "five"}, {__len = function() return 5 end})
print(table.remove(r), rawget(r, 5))
