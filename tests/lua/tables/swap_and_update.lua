-- updating fields in place, swap through multiple assignment
local t = {1, 2, 3, 4, 5}
t[1], t[5] = t[5], t[1]
t[2], t[4] = t[4], t[2]
print(table.concat(t, " "))
for i = 1, #t do t[i] = t[i] * t[i] end
print(table.concat(t, " "))
