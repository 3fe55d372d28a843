-- string.format with many mixed arguments
print(string.format("%s=%d (%5.1f%%) [%x] %q", "ratio", 3, 37.5, 255, "ok"))
print(string.format("%3d|%-3d|%03d", 1, 2, 3))
print(string.format("no args"))
print(string.format("%s", 1, 2, 3))
