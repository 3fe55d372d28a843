-- numeral immediately followed by letters is malformed; with a space it is not
print(load("return 3x"))
print(load("return 0xg"))
print(load("return 1e+"))
print(load("return 3 ")())
