-- unary minus on integers wraps at mininteger
local min = math.mininteger
print(-min, -min == min)
print(-(-5), -0, math.type(-0))
print(0 - min, min // -1)
