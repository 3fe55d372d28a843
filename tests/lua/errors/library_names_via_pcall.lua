-- functions called directly by pcall are named by their library path
print(pcall(string.rep))
print(pcall(table.insert, 1, 2))
print(pcall(math.floor, {}))
print(pcall(tostring))
print(pcall(string.char, -1))
