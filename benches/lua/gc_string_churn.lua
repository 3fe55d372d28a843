-- Collector: string churn (concatenation, formatting, substrings), with a
-- bounded cache of long-lived strings.
local N = 1000000
local cache = {}
local total = 0
for i = 1, N do
  local s = "item" .. i .. ":" .. (i * 7 % 1000)
  local f = string.format("%s/%d/%5.2f", s, i % 97, i / 3)
  local sub = f:sub(2, 12) .. f:upper():sub(-6)
  total = total + #s + #f + #sub
  if i % 100 == 0 then cache[(i // 100) % 500 + 1] = sub .. s end
  if i % 10000 == 0 then
    local parts = {}
    for j = 1, 200 do parts[j] = cache[j] or "" end
    total = total + #table.concat(parts, ",")
  end
end
print(total)
