-- select rejects index 0 and too-negative indices
print(pcall(select, 0, "a"))
print(pcall(select, -2, "a"))
print(pcall(select, "x"))
print(pcall(select, 1.5, "a"))
print(pcall(select))
