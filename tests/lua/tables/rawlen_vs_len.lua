-- rawlen on sequences and strings
print(rawlen({1, 2, 3}), rawlen(""), rawlen("abc"))
print(pcall(rawlen, 5))
print(pcall(rawlen))
print(rawlen({1, 2, n = 3}), rawlen({[1] = 1}))
