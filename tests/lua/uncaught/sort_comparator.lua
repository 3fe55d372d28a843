-- an error raised from a table.sort comparator
local ok = {3, 1, 2}
table.sort(ok, function(a, b) return a < b end)
print(table.concat(ok, " "))
local t = {3, 1, 2}
table.sort(t, function(a, b) return a.x < b.x end)
