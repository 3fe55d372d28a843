-- chains of unary operators
print(- -1, not not nil, ~~5, - - -2.5)
print(-(-9223372036854775807), #"x" .. "")
print(- "2", -"2.5", ~ 0)
print(not -1, -(-(-1)), ~(~0))
