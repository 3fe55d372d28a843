-- Collector: many short-lived small tables (vectors), with a long-lived
-- population that keeps receiving young objects (old-to-young stores).
local N = 3000000
local population = {}
for i = 1, 5000 do population[i] = {x = i, y = -i, next = false} end
local function add(a, b) return {x = a.x + b.x, y = a.y + b.y} end
local function scale(a, k) return {x = a.x * k, y = a.y * k} end
local acc = {x = 0, y = 0}
for i = 1, N do
  local p = population[i % 5000 + 1]
  local v = add(scale(p, 2), {x = 1, y = 1})
  acc = add(acc, v)
  if i % 7 == 0 then p.next = v end  -- an old table now points to a young one
  if i % 1000 == 0 then population[(i // 1000) % 5000 + 1] = {x = i, y = i, next = false} end
end
local sum = 0
for i = 1, #population do
  local p = population[i]
  sum = sum + p.x + (p.next and p.next.x or 0)
end
print(acc.x, acc.y, sum)
