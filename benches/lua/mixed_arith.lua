-- Integer and float operands mixed: conversions, //, %, /.
local N = 50000000
local acc, f = 0, 0.0
for i = 1, N do
  acc = (acc + i * 3) % 1000003
  f = f + i / 7 - (i // 3) * 0.25
  if i % 5 == 0 then f = f * 0.5 end
end
print(acc, string.format("%.9f", f))
