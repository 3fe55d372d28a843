-- missing ')' or ']' or '}' with the line of the opener
print(load("print(1, 2"))
print(load("x = t[1"))
print(load("x = {1, 2"))
print(load("x = (1 +\n\n 2"))
print(load("f(a\n,b\nc)"))
