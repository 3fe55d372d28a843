-- math.max and math.min need at least one value and compare with "<"
print(pcall(math.max))
print(pcall(math.min))
print(pcall(math.max, 1, "x"))
print(pcall(math.min, {}, {}))
print(type(math.max({})))
