-- table.insert at a position shifts elements up
local t = {1, 2, 3}
table.insert(t, 1, 0)
print(table.concat(t, ","))
table.insert(t, 3, 1.5)
print(table.concat(t, ","))
table.insert(t, #t + 1, "end")
print(table.concat(t, ","))
