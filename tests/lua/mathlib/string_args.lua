-- math functions convert numeric strings
print(math.floor("3.7"), math.abs("-2"), math.sqrt("4"))
print(math.type(math.floor("3.7")), math.type(math.abs("-2")))
print(math.ceil("2.1"), math.fmod("7", "3"), math.tointeger("3"))
print(pcall(math.floor, "x1"))
