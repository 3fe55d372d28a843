-- table.remove returns the removed element and shifts down
local t = {"a", "b", "c", "d"}
print(table.remove(t), table.concat(t, ","))
print(table.remove(t, 1), table.concat(t, ","))
print(table.remove(t, #t), table.concat(t, ","))
print(table.remove(t), #t)
print(table.remove(t), #t)
print(select("#", table.remove({})))
