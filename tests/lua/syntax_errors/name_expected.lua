-- '<name>' expected
print(load("local 1 = 2"))
print(load("function 1() end"))
print(load("x = a.1"))
print(load("local function end"))
print(load("goto 3"))
