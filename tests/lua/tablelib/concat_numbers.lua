-- table.concat converts integers and floats like tostring
print(table.concat({1, 2.0, -3, 1e100, 2^63, math.mininteger}, "|"))
print(table.concat({0.1, -0.0, 100 // 1, 7 / 2}, " "))
print(table.concat({1, 2, 3}, 0))
print(table.concat({"a", 1, "b", 2.5}, 1.5))
