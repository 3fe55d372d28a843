-- string.format %g, %e and %f style conversions
print(string.format("%g", 1e20), string.format("%g", 0.1), string.format("%g", 100))
print(string.format("%g", 1e-5), string.format("%g", 123456789), string.format("%.3g", math.pi))
print(string.format("%e", 12345.678), string.format("%.2e", 0.000123))
print(string.format("%f", 1/3), string.format("%.0f", 2.5), string.format("%.0f", 3.5))
print(string.format("%.14g", 2^53), string.format("%g", -0.0))
print(string.format("%g %g", math.huge, -math.huge))
