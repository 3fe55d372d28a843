-- float keys with integer value are normalised to integer keys
local t = {}
t[1.0] = "a"
t[2] = "b"
print(t[1], t[2.0], #t)
t[2^53] = "big"
print(t[math.tointeger(2^53)])
t[-0.0] = "zero"
print(t[0])
print(rawlen(t))
