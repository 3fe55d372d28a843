-- string.sub, string.byte and string.len on a medium-sized string.
local s = string.rep("abcdefghijklmnopqrstuvwxyz0123456789", 30)
local n = string.len(s)
local N = 15000000
local total = 0
for i = 1, N do
  local k = i % (n - 10) + 1
  local piece = string.sub(s, k, k + 5)
  total = total + #piece + string.byte(piece, 1)
end
print(total)
