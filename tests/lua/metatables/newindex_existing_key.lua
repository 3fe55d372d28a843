-- __newindex is not called for keys already present
local hits = 0
local t = setmetatable({k = 1}, {__newindex = function(tbl, k, v) hits = hits + 1; rawset(tbl, k, v) end})
t.k = 2
t.n = 3
t.n = 4
print(t.k, t.n, hits)
