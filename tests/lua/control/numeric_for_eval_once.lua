-- bounds and step are evaluated once before the loop
local calls = 0
local function lim() calls = calls + 1; return 3 end
local n = 0
for i = 1, lim() do n = n + 1 end
print(n, calls)
local limit = 3
for i = 1, limit do limit = 10 end
print(limit)
