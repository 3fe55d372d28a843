-- string.format %5.2f and similar width/precision combinations
print(string.format("%5.2f|", 3.14159))
print(string.format("%5.2f|", -3.14159))
print(string.format("%-8.3f|", 2.5))
print(string.format("%08.2f|", 1.005))
print(string.format("%.1f %.2f %.3f", 0.05, 0.005, 0.0005))
print(string.format("%10.4f|", 1e6))
print(string.format("%5.2f", 42))
