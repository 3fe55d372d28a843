-- math.floor(a / b) equals a // b for small integers
local mismatch = 0
for a = -20, 20 do
  for b = -5, 5 do
    if b ~= 0 and math.floor(a / b) ~= a // b then mismatch = mismatch + 1 end
  end
end
print(mismatch)
