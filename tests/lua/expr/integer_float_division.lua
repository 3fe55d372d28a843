-- '/' always gives a float, '//' keeps integers
print(6 / 2, 7 / 2, math.type(6 / 2))
print(6 // 2, 7 // 2, -7 // 2, math.type(7 // 2))
print(7.0 // 2, -7 // 2.0, 1 // 0.0, -1 // 0.0)
print(0/0 ~= 0/0)
