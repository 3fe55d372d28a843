-- integer floor division rounds toward minus infinity
print(7 // 2, -7 // 2, 7 // -2, -7 // -2)
print(6 // 3, -6 // 3, 0 // 5, 1 // 7)
print(math.mininteger // -1, math.mininteger // 1, math.maxinteger // -1)
print(math.type(-7 // 2))
