-- building a list with many inserts at the front and back
local t = {}
for i = 1, 10 do table.insert(t, 1, i) end
for i = 11, 15 do table.insert(t, i) end
print(table.concat(t, " "))
while #t > 5 do table.remove(t, 1) end
print(table.concat(t, " "))
