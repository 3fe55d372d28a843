-- math.sqrt always returns a float
print(math.sqrt(16), math.sqrt(2) * math.sqrt(2) - 2 < 1e-15, math.sqrt(0), math.sqrt(math.huge))
print(math.type(math.sqrt(4)), math.sqrt(-1) ~= math.sqrt(-1))
print(string.format("%.6f", math.sqrt(10)))
print(math.sqrt(1e-300) > 0, math.sqrt(2.25))
