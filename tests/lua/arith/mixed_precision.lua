-- integer plus float converts the integer, losing precision for big values
print(math.maxinteger + 0.0, math.maxinteger + 0.0 == 2^63)
print(9007199254740993 + 0.0, 2^53 + 1)
print((2^53 + 1) == 2^53, 9007199254740993 - 1 == 2^53)
print(math.mininteger + 0.0 == -2^63, math.mininteger - 1.0 == -2^63)
