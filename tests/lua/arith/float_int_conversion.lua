-- float to integer conversion only when exact
print(math.tointeger(3.0), math.tointeger(3.5), math.tointeger(-0.0))
print(math.tointeger(2^53), math.tointeger(2^63), math.tointeger(-2^63))
print(math.tointeger("8"), math.tointeger(math.huge))
print(3.0 == 3, ({[3] = "int"})[3.0])
print(string.rep("x", 3.0), ("abc"):sub(2.0, 3.0))
