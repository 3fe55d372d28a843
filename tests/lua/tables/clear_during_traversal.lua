-- assigning nil to existing fields during traversal is allowed
local t = {}
for i = 1, 100 do t["k" .. i] = i end
for k in pairs(t) do t[k] = nil end
print(next(t))
local u = {}
for i = 1, 50 do u[i] = i end
local sum = 0
for k, v in pairs(u) do sum = sum + v; u[k] = nil end
print(sum, next(u))
