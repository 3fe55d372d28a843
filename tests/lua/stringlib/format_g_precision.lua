-- %g with explicit precision and alternative form
print(string.format("%.1g|%.2g|%.10g", 123.456, 123.456, 123.456))
print(string.format("%#g|%#.3g", 1.0, 2.0))
print(string.format("%10.3g|%-10.3g|", 0.00012345, 98765.4321))
print(string.format("%.0g|%.0e", 5.5, 5.5))
