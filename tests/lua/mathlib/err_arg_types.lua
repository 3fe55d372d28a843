-- math functions reject non-numbers
print(pcall(math.floor, "x"))
print(pcall(math.abs))
print(pcall(math.sqrt, {}))
print(pcall(math.sin, nil))
print(pcall(math.ceil, true))
