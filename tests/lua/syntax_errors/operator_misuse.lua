-- operators without operands
print(load("x = 1 +"))
print(load("x = * 2"))
print(load("x = 1 .. "))
print(load("x = not"))
print(load("x = 1 < < 2"))
