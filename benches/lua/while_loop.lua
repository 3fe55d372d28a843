-- A while loop with a manual counter and comparison.
local N = 120000000
local i, sum = 0, 0
while i < N do
  i = i + 1
  sum = sum + (i & 7)
end
print(sum)
