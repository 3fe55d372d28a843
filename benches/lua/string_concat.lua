-- String building with the .. operator (many short intermediate strings).
local N = 2000000
local total = 0
for i = 1, N do
  local s = "item" .. i .. ":" .. (i * 2) .. ";"
  s = s .. s
  total = total + #s
end
local acc = ""
for i = 1, 20000 do
  acc = acc .. string.char(97 + i % 26)
end
print(total, #acc, string.sub(acc, 1, 30))
