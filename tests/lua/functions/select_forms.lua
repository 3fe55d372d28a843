-- select with positive, negative and '#' indices
print(select(1, "a", "b", "c"))
print(select(2, "a", "b", "c"))
print(select(3, "a", "b", "c"))
print(select(4, "a", "b", "c"))
print(select(-1, "a", "b", "c"))
print(select(-3, "a", "b", "c"))
print(select("#"), select("#", nil, nil))
print(select(2.0, "x", "y"))
