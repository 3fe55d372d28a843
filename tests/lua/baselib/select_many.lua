-- select on a long argument list
local t = {}
for i = 1, 100 do t[i] = i end
print(select("#", table.unpack(t)))
print(select(99, table.unpack(t)))
print(select(-1, table.unpack(t)))
