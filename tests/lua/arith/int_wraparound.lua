-- integer addition, subtraction and multiplication wrap around
local max, min = math.maxinteger, math.mininteger
print(max + 1 == min, min - 1 == max)
print(max + 1, min - 1)
print(max * 2, min * -1, -min)
print(max * max, min * min)
print(0x7fffffffffffffff + 0x7fffffffffffffff)
print(math.type(max + 1))
