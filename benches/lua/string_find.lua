-- string.find: plain search, anchored and unanchored patterns, captures.
local text = string.rep("the quick brown fox jumps over the lazy dog 12345 ", 40) .. "needle"
local N = 1500000
local total = 0
for i = 1, N do
  local a = string.find(text, "needle", 1, true)
  local b = string.find(text, "%d+", i % 100 + 1)
  local _, e, word = string.find(text, "(%a+)", i % 500 + 1)
  local c = string.find(text, "^the")
  total = total + a + b + e + #word + (c or 0)
end
print(total)
