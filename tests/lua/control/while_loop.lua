-- while loops test before each iteration
local i, sum = 0, 0
while i < 10 do i = i + 1; sum = sum + i end
print(i, sum)
while false do print("never") end
local n = 27
local steps = 0
while n ~= 1 do
  if n % 2 == 0 then n = n // 2 else n = 3 * n + 1 end
  steps = steps + 1
end
print(steps)
