-- sin^2 + cos^2 is 1 within rounding
local worst = 0
for i = -50, 50 do
  local x = i / 7
  local d = math.abs(math.sin(x) ^ 2 + math.cos(x) ^ 2 - 1)
  if d > worst then worst = d end
end
print(worst < 1e-14)
