-- print separates with tabs and converts with tostring
print(1, "two", 3.0, nil, true, false)
print()
print("")
print(nil)
print(1, nil, nil)
print("a\tb", "c")
