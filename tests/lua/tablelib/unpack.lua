-- table.unpack with default and explicit ranges
print(table.unpack({1, 2, 3}))
print(table.unpack({1, 2, 3}, 2))
print(table.unpack({1, 2, 3}, 2, 3))
print(table.unpack({1, 2, 3}, 3, 5))
print(select("#", table.unpack({}, 1, 0)), select("#", table.unpack({1, 2}, 5, 4)))
print(table.unpack({"a", nil, "c"}, 1, 3))
