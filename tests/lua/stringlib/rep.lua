-- string.rep with counts, separators and edge cases
print(string.rep("ab", 3), string.rep("ab", 3, ","), string.rep("x", 1, "-"))
print(string.rep("x", 0) == "", string.rep("x", -5) == "", string.rep("", 100) == "")
print(#string.rep("abc", 1000), #string.rep("a", 10, "bb"))
print(("-"):rep(10))
