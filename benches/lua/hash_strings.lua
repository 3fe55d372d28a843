-- Hash part with string keys: insertion of new keys, then lookups.
local N = 200000
local ROUNDS = 20
local keys = {}
for i = 1, N do keys[i] = "key" .. i end
local total = 0
for r = 1, ROUNDS do
  local h = {}
  for i = 1, N do h[keys[i]] = i + r end
  for i = N, 1, -1 do total = total + h[keys[i]] end
end
print(total)
