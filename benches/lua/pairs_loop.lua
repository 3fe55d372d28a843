-- pairs iteration over a hash table with string keys.
local N = 100000
local h = {}
for i = 1, N do h["k" .. i] = i end
local sum = 0
for _ = 1, 120 do
  for _, v in pairs(h) do
    sum = sum + v
  end
end
print(sum)
