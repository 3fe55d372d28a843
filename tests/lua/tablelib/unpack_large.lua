-- unpacking a few thousand values
local t = {}
for i = 1, 5000 do t[i] = i end
print(select("#", table.unpack(t)))
local function sum(...) local s = 0 for i = 1, select("#", ...) do s = s + select(i, ...) end return s end
print(sum(table.unpack(t, 1, 100)))
