-- ipairs iteration over an array.
local N = 1000000
local a = {}
for i = 1, N do a[i] = i % 13 end
local sum = 0
for _ = 1, 60 do
  for _, v in ipairs(a) do
    sum = sum + v
  end
end
print(sum)
