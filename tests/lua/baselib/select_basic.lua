-- select with counts and indices including negative ones
print(select("#"))
print(select("#", nil))
print(select(2, "a", "b", "c"))
print(select(-2, "a", "b", "c"))
print(select(5, "a"))
print(pcall(select, -5, "a"))
