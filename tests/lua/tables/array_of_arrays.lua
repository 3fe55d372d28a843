-- a 2D grid built with nested loops
local grid = {}
for r = 1, 4 do
  grid[r] = {}
  for c = 1, 5 do grid[r][c] = r * c end
end
for r = 1, 4 do print(table.concat(grid[r], "\t")) end
print(#grid, #grid[1])
