-- comparisons between integers and floats are mathematically exact
local big = 9007199254740993
print(big == 2^53 + 1, big > 2^53, big < 2^53 + 2)
print(math.maxinteger < 2^63, math.maxinteger >= 2^63, math.mininteger == -2^63)
print(math.mininteger < -2^63, 1 < math.huge, math.mininteger > -math.huge)
print(2 == 2.0, 2 < 2.5, -3 <= -3.0, 5 > 4.999999)
