-- expressions are not statements
print(load("x"))
print(load("1 + 1"))
print(load("x.y"))
print(load("(f)"))
