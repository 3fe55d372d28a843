-- math.huge, math.pi, math.maxinteger, math.mininteger
print(math.huge, -math.huge, math.huge > 1e308)
print(string.format("%.10f", math.pi), math.pi == 3.141592653589793)
print(math.maxinteger, math.mininteger, math.maxinteger + 1 == math.mininteger)
print(math.type(math.maxinteger), math.type(math.huge), math.type(math.pi))
