-- math.tointeger converts only exactly integral values
print(math.tointeger(3), math.tointeger(3.0), math.tointeger(3.5), math.tointeger(-0.0))
print(math.tointeger(2^62), math.tointeger(2^63), math.tointeger(-2^63), math.tointeger(math.huge))
print(math.tointeger({}), math.tointeger(nil), math.tointeger(true))
print(math.type(math.tointeger(5.0)), math.tointeger(-1.5))
