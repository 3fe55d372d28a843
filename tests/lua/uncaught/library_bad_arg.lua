-- a bad argument to a library function
print("inserting")
print(pcall(table.insert, {}, 1, 2, 3))
local t = {}
table.insert(t, 1, 2, 3)
