-- table.insert and table.remove: at the end of a long array (stack use) and
-- at the front of a short one (shifting).
local N = 5000000
local t = {}
local total = 0
for i = 1, N do
  table.insert(t, i)
  if i % 3 == 0 then total = total + table.remove(t) end
end
while #t > 0 do total = total + table.remove(t) end
local q = {}
for i = 1, 50 do q[i] = i end
for i = 1, 300000 do
  table.insert(q, 1, i)
  total = total + table.remove(q, 1) + table.remove(q)
  table.insert(q, i)
end
print(total, #q)
