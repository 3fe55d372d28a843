-- %d accepts floats with integral values only; %g keeps floats
print(string.format("%d %d", 1.0, -0.0))
print(string.format("%.1f %g", 1, 1))
print(pcall(string.format, "%d", 2^63))
print(string.format("%5.1f|%-6g|", 2, 0.5))
