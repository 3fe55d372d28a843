-- float floor division
print(7.0 // 2, -7.0 // 2, 7 // -2.0, -7.5 // 2)
print(1 // 0.0, -1 // 0.0, 0.0 // 1)
print(math.type(7.0 // 2), 5.5 // 0.5)
print(math.huge // 1, -math.huge // 1)
