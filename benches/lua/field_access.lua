-- Reading and writing named fields of a table (constant string keys).
local p = { x = 1, y = 2, z = 3, vx = 0.5, vy = 0.25, vz = 0.125 }
local N = 30000000
for _ = 1, N do
  p.x = p.x + p.vx
  p.y = p.y + p.vy
  p.z = p.z + p.vz
end
print(string.format("%.9f %.9f %.9f", p.x, p.y, p.z))
