-- table.sort on numbers, strings and with a comparator.
local N = 100000
local seed = 42
local function rnd() seed = (seed * 1103515245 + 12345) % 2147483648 return seed end
local total = 0
for round = 1, 4 do
  local a, s = {}, {}
  for i = 1, N do a[i] = rnd() % 100000; s[i] = "k" .. (rnd() % 50000) end
  table.sort(a)
  table.sort(s)
  table.sort(a, function(x, y) return x > y end)
  total = total + a[1] + a[N] + #s[1] + #s[N]
end
print(total)
