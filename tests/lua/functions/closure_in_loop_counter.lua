-- closures capturing an outer counter all see the same variable
local n = 0
local incs = {}
for i = 1, 3 do incs[i] = function() n = n + i end end
for i = 1, 3 do incs[i]() end
print(n)
