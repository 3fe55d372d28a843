-- negative zero
local z = -0.0
print(z, 0.0, z == 0.0, 1 / z, 1 / 0.0)
print(-0, 0 * -1, 0.0 * -1)
print(math.type(-0), math.type(z))
