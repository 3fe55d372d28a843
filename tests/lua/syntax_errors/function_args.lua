-- function arguments expected after a method name
print(load("a.b:c = 1"))
print(load("a:b"))
print(load("x = a:b + 1"))
print(load("a:b.c()"))
