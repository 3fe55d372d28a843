-- string.rep errors for huge results and bad arguments
print(pcall(string.rep, "x", 1e10))
print(pcall(string.rep, "x", math.maxinteger))
print(pcall(string.rep, "x"))
print(pcall(string.rep, nil, 2))
print(pcall(string.rep, "x", 2.5))
