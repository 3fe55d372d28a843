-- __newindex chained through a table that itself has __newindex
local log = {}
local inner = setmetatable({}, {__newindex = function(_, k, v) log[#log + 1] = k .. "=" .. v end})
local outer = setmetatable({}, {__newindex = inner})
outer.x = 1
outer.y = 2
print(table.concat(log, " "), rawget(outer, "x"), rawget(inner, "x"))
