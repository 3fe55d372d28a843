-- a == (a // b) * b + a % b for many integer and float pairs
local vals = {7, -7, 3, -3, 1, 13, -13, 100, 7.5, -7.5, 0.25}
local bad = 0
for _, a in ipairs(vals) do
  for _, b in ipairs(vals) do
    if (a // b) * b + a % b ~= a then bad = bad + 1; print(a, b) end
  end
end
print("mismatches", bad)
