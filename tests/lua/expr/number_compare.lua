-- mixed integer/float comparisons are exact
print(1 < 1.5, 2 > 1.5, 1 <= 1.0, -1 < -0.5)
print(math.maxinteger < 2^63, math.maxinteger + 0.0 == 2^63)
print(math.maxinteger < math.maxinteger + 0.0, math.mininteger <= -2^63)
print(9007199254740993 > 2^53, 9007199254740993 < 2^53 + 2)
print(math.huge > math.maxinteger, -math.huge < math.mininteger)
print(3 < 3.0000000000000004, 3 == 3.0000000000000004)
