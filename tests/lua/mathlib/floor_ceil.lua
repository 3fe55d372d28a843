-- math.floor and math.ceil return integers when representable
print(math.floor(3.7), math.floor(-3.7), math.ceil(3.2), math.ceil(-3.2))
print(math.floor(5), math.ceil(5), math.type(math.floor(2.0)), math.type(math.ceil(2.5)))
print(math.floor(-0.0), math.ceil(-0.5), math.floor(2^62) == 2^62)
print(math.floor(1e100), math.ceil(-1e100), math.type(math.floor(1e100)))
print(math.floor(math.huge), math.ceil(-math.huge))
