-- the 'near' token for strings is the raw source text
print(load("x = 'abc' 'def'"))
print(load("x = [[long]] + + 1"))
print(load("x = 1 'str'"))
print(load("x = 12345678901234567890 +"))
