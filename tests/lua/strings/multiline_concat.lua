-- concatenation across many operands and lines
local s = "a" ..
  "b" ..
  1 ..
  2.5 ..
  "c"
print(s)
local n = 0
local parts = {}
for i = 1, 50 do parts[#parts + 1] = tostring(i) end
print(table.concat(parts, "", 45))
