-- floor/ceil of values close to integers
print(math.floor(0.9999999999999999), math.ceil(1.0000000000000002))
print(math.floor(-0.5), math.ceil(0.5), math.floor(1e15 + 0.5))
print(math.floor(-2^53 - 0.5) == -2^53, math.ceil(2^52 + 0.5))
print(math.floor(3), math.ceil(-3))
