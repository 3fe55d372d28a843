-- numerals followed by concatenation need a space; method calls on literals
print(1 .. "")
print(2 .. 3)
print(("x"):rep(3))
print(#"abc" .. "!")
print(1.5 .. "|" .. 0x10 .. "|" .. 1e2)
