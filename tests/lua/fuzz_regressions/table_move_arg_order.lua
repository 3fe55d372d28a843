-- table.move checks its three integer arguments before the table arguments
print(pcall(table.move))
print(pcall(table.move, {}))
print(pcall(table.move, {}, 1))
print(pcall(table.move, {}, 1, 2))
print(pcall(table.move, 1, 1, 2, 3))
print(pcall(table.move, nil, "x", 2, 3))
print(pcall(table.move, {}, 1, 2, 3, 4))
