-- multiplication table with nested numeric loops
for i = 1, 4 do
  local row = {}
  for j = 1, 4 do row[j] = string.format("%3d", i * j) end
  print(table.concat(row))
end
