-- string.format with the common conversions.
local N = 900000
local total = 0
for i = 1, N do
  local s = string.format("%d: %s = %5.2f [%x] %q", i, "key" .. (i % 100), i / 7, i, "v\n" .. i)
  total = total + #s
end
print(total)
