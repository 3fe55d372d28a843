-- Chains of if / elseif / else with comparisons.
local N = 90000000
local a, b, c, d = 0, 0, 0, 0
for i = 1, N do
  local m = i % 10
  if m < 2 then
    a = a + 1
  elseif m < 5 then
    b = b + 1
  elseif m == 5 or m == 7 then
    c = c + 1
  else
    d = d + 1
  end
end
print(a, b, c, d)
