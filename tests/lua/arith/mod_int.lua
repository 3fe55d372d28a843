-- integer modulo takes the sign of the divisor
print(7 % 3, -7 % 3, 7 % -3, -7 % -3)
print(6 % 3, -6 % 3, 0 % 5, 5 % 7)
print(math.mininteger % -1, math.mininteger % 2, math.maxinteger % math.mininteger)
print(math.mininteger % math.maxinteger)
