-- malformed numerals
print(load("x = 3..2"))
print(load("x = 0x"))
print(load("x = 1e"))
print(load("x = 1.2.3"))
print(load("x = 0x1p"))
print(load("x = 12abc"))
