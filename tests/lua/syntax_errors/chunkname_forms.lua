-- the chunkname decides how the position is shown
print(load("x = ", "=mychunk"))
print(load("x = ", "@some/file.lua"))
print(load("x = ", "plain"))
print(load("x = "))
