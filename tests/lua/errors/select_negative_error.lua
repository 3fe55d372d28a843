-- select with negative index beyond the arguments
print(pcall(select, -4, 1, 2, 3))
print(select(-3, 1, 2, 3))
print(select(-1, 1, 2, 3))
print(pcall(select, -1))
