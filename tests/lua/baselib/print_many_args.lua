-- print with many arguments
print(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20)
local t = {}
for i = 1, 30 do t[i] = i * i end
print(table.unpack(t))
