-- float values outside integer range stay float keys
local t = {}
t[2^63] = "f"
t[math.maxinteger] = "i"
print(t[2^63], t[math.maxinteger], t[math.maxinteger + 0.0])
t[1e300] = "huge"
print(t[1e300], t[math.huge])
