-- next visits every key exactly once (checked via sorted keys)
local t = {10, 20, 30, a = 1, b = 2, c = 3, [true] = 4}
local keys = {}
local k, v = next(t)
while k ~= nil do
  keys[#keys + 1] = tostring(k) .. "=" .. tostring(v)
  k, v = next(t, k)
end
table.sort(keys)
print(#keys, table.concat(keys, " "))
print(next({}, nil))
