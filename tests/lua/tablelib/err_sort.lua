-- table.sort errors: values without an order and an invalid comparator
print(pcall(table.sort, {true, false}))
print(pcall(table.sort, {1, 2}, 42))
print(pcall(table.sort, {{}, {}}))
print(pcall(table.sort, {print, print, print}))
print(pcall(table.sort, {3, 2, 1}, function(a, b) error("comparator failed", 0) end))
