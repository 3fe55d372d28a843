-- pairs visits all keys; sorted for deterministic output
local t = {alpha = 1, beta = 2, gamma = 3, 10, 20}
local keys = {}
for k, v in pairs(t) do keys[#keys + 1] = tostring(k) end
table.sort(keys)
print(table.concat(keys, " "))
