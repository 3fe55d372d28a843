-- string.format %d with widths, flags and conversions from floats
print(string.format("%d", 42), string.format("%5d|", 42), string.format("%-5d|", 42))
print(string.format("%05d", -42), string.format("%+d", 7), string.format("% d", 7))
print(string.format("%d", 3.0), string.format("%d", "10"), string.format("%d", math.mininteger))
print(string.format("%i", 12), string.format("%.3d", 5))
