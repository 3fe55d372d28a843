-- only variables and fields can be assigned
print(load("f() = 1"))
print(load("1 = x"))
print(load("'a' = 1"))
print(load("a, f() = 1, 2"))
print(load("(a) = 1"))
