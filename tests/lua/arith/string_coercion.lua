-- arithmetic converts numeric strings following their syntax
print("10" + 1, "10.0" + 1, "0x10" + 1, "1e2" + 1)
print("  7  " * 2, "\t3\n" - 1, "-5" + 0, "+5" + 0)
print(math.type("10" + 1), math.type("10" * 1.0), math.type("10" // "3"))
print("9223372036854775807" + 1, "9223372036854775808" + 0)
print("0x7fffffffffffffff" + 1, "0xffffffffffffffff" + 0)
print(-"2", -"-2.5", "2" ^ 2, "9" % "4")
