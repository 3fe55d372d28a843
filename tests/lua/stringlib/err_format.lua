-- string.format argument errors
print(pcall(string.format, "%d", "x"))
print(pcall(string.format, "%d", 1.5))
print(pcall(string.format, "%d"))
print(pcall(string.format, "%z", 1))
print(pcall(string.format, "%q", {}))
print(pcall(string.format, "%10.123f", 1))
print(pcall(string.format))
