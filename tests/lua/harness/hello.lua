-- The smallest check: output, string formatting, exit status 0.
print("hello", 1, 2.5, nil, true)
print(string.format("%d %5.2f %s", 42, math.pi, "x"))
