-- pairs returns next, the table and nil
local t = {}
local f, s, c = pairs(t)
print(f == next, s == t, c)
local n = 0
for k, v in pairs({1, 2, 3}) do n = n + k * v end
print(n)
