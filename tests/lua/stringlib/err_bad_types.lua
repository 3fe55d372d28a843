-- string functions reject non-string, non-number arguments
print(pcall(string.upper, nil))
print(pcall(string.sub, {}, 1))
print(pcall(string.byte, true))
print(pcall(string.lower))
print(pcall(string.sub, "x", "a"))
