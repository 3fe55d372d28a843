-- removing from the middle keeps the sequence contiguous
local t = {}
for i = 1, 10 do t[i] = i end
for _ = 1, 3 do table.remove(t, 4) end
print(#t, table.concat(t, ","))
