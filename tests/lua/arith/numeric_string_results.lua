-- string operands give integer results when they look like integers
print("3" + "4", "3.0" + "4", "0x10" * "2", "1e1" // "3")
print(10 .. 20 + 1)
print("10" == 10, "10" + 0 == 10)
print("2" ^ "2", "5" % "3", math.type("5" % "3"), math.type("5" % "3.0"))
