-- extra 'end' gives "<eof> expected near 'end'"
print(load("x = 1 end"))
print(load("do end end"))
print(load("return 1 2"))
print(load("return;;"))
