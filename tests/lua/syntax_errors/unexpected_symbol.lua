-- "unexpected symbol near X" for several tokens
print(load("x = }"))
print(load("x = @"))
print(load("return return"))
print(load("local t = {1,2,,3}"))
print(load("x = = 1"))
