-- string.len counts bytes including zeros
print(string.len(""), string.len("abc"), string.len("\0\0"), ("hello"):len())
print(string.len(123), string.len(1.5))
print(pcall(string.len))
print(pcall(string.len, {}))
