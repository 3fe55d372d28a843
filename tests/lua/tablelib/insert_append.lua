-- table.insert appends at the end by default
local t = {}
table.insert(t, "a")
table.insert(t, "b")
table.insert(t, 3)
print(#t, table.concat(t, ","))
print(table.insert(t, "x"))
