-- A repeat-until loop.
local N = 150000000
local i, sum = 0, 0
repeat
  i = i + 1
  sum = sum ~ i
until i >= N
print(sum)
