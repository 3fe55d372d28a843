-- string.rep with and without separators, and byte/char round trips.
local N = 1200000
local total = 0
for i = 1, N do
  local s = string.rep("ab", i % 50 + 1, ",")
  local t = string.rep("x", i % 200)
  total = total + #s + #t + s:byte(1) + (t:byte(-1) or 0)
end
print(total)
