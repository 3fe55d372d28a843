-- errors report the line where the offending token is
print(load("x = 1\n\n\ny = = 2"))
print(load("local a = 1\nlocal b = 2\nlocal c = a +\n"))
print(load("\n\n\n\n\nreturn +"))
print(load("local t = {\n1,\n2\n3}"))
