-- arithmetic converts numeric strings; result type follows the string
print("10" + 1, "10" + 1.0, "0x10" + 0, "1e1" + 0)
print("3" * "4", "7" // "2", "7.0" // "2", "2" ^ "3")
print(math.type("10" + 1), math.type("10.0" + 1))
print(" 5 " + 1, "5\t" * 2, -"3")
print(10 .. "5" + 1)
