-- integer for loop with a NaN limit: a negative step runs (limit taken as math.mininteger), a positive one does not
local function run(a, b, c)
  local seen = {}
  for i = a, b, c do
    seen[#seen + 1] = i
    if #seen == 4 then break end
  end
  return table.concat(seen, " ")
end
local nan = 0 / 0
print(run(0, nan, -1))
print(run(0, nan, 1))
print(run(5, -nan, -2))
print(run(math.mininteger + 1, nan, -1))
print(run(0.0, nan, -1))
print(run(3, nan, math.mininteger))
