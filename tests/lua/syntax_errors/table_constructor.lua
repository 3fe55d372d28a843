-- malformed table constructors
print(load("t = {[1] 2}"))
print(load("t = {a = }"))
print(load("t = {[1 = 2}"))
print(load("t = {1 2}"))
