-- String building with a buffer table and table.concat.
local N = 500
local total = 0
for r = 1, N do
  local buf = {}
  for i = 1, 10000 do
    buf[#buf + 1] = "x" .. (i + r)
  end
  local s = table.concat(buf, ",")
  total = total + #s
end
print(total)
