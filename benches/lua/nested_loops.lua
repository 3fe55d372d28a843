-- Nested numeric for loops with a small body.
local N = 800
local sum = 0
for i = 1, N do
  for j = 1, N do
    for k = 1, 200 do
      sum = sum + ((i + j + k) & 3)
    end
  end
end
print(sum)
