-- pcall of values that are not callable
print(pcall(nil))
print(pcall(42))
print(pcall({}))
print(pcall(pcall))
