-- math.abs on integers and floats, including mininteger wrap-around
print(math.abs(-5), math.abs(5), math.abs(-2.5), math.abs(-0.0))
print(math.abs(math.mininteger), math.abs(math.maxinteger), math.abs(-math.huge))
print(math.type(math.abs(-3)), math.type(math.abs(-3.0)))
print(math.abs(-1e308), math.abs(0))
