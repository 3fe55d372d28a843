-- invalid escape sequences in strings
print(load("x = '\\q'"))
print(load("x = '\\300'"))
print(load("x = '\\256'"))
print(load("x = '\\xZZ'"))
print(load("x = '\\x5'"))
