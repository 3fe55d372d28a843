-- Array part of tables: sequential writes, then reads and updates.
local N = 1000000
local ROUNDS = 90
local a = {}
for i = 1, N do a[i] = i end
local sum = 0
for _ = 1, ROUNDS do
  for i = 1, N do
    a[i] = a[i] + 1
    sum = sum + a[i]
  end
end
print(sum)
