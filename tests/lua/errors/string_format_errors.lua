-- string.format argument errors
print(pcall(string.format, "%d", "x"))
print(pcall(string.format, "%d", 1.5))
print(pcall(string.format, "%d"))
print(pcall(string.format, "%y", 1))
print(pcall(string.format, "%s"))
