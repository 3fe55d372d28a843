-- unfinished quoted strings
print(load("print('abc"))
print(load("x = \"abc\nprint(1)"))
print(load("x = 'abc\\"))
print(load("x = [[ok]] .. 'not ok"))
