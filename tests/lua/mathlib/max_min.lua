-- math.max and math.min keep the type of the chosen argument
print(math.max(1, 5, 3), math.min(1, 5, 3), math.max(-1), math.min(2.5, 2))
print(math.max(1, 1.0), math.max(1.0, 1), math.min(0, -0.0))
print(math.max(math.mininteger, math.maxinteger), math.min(-math.huge, 0))
print(math.type(math.max(1, 2.0)), math.type(math.max(3, 2.0)))
