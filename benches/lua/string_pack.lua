-- string.pack / string.unpack of mixed formats.
local N = 1600000
local total = 0
for i = 1, N do
  local p = string.pack("<i4 d s1 B z", i, i / 3, "name" .. (i % 10), i % 256, "tail")
  local a, b, c, d, e = string.unpack("<i4 d s1 B z", p)
  total = total + a + #c + d + #e + #p
end
print(total)
