-- Integer addition in a numeric for loop.
local N = 300000000
local sum = 0
for i = 1, N do
  sum = sum + i
end
print(sum)
