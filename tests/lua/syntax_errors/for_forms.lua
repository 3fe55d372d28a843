-- malformed for loops
print(load("for 1 = 1, 2 do end"))
print(load("for i = 1, 2, 3, 4 do end"))
print(load("for i, = 1, 2 do end"))
print(load("for i in do end"))
