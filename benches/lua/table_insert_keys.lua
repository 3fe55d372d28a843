-- Building many small tables: constructor, new integer and field keys.
local N = 3000000
local total = 0
for i = 1, N do
  local t = {}
  t[1] = i
  t[2] = i + 1
  t.x = i
  t.y = 2
  local u = { i, i, x = 1, y = 2, z = 3 }
  total = total + t[2] + t.x + u.z + #u
end
print(total)
