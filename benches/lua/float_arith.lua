-- Float multiplication and addition in a tight loop.
local N = 150000000
local x, y = 1.0, 0.0
for _ = 1, N do
  x = x * 1.0000001
  y = y + x * 0.5
end
print(string.format("%.9f %.9f", x, y))
