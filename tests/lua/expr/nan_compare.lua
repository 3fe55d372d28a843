-- NaN is unequal to itself and every comparison with it is false
local nan = 0/0
print(nan == nan, nan ~= nan, nan < 1, nan > 1, nan <= nan, 1 >= nan)
local t = {nan}
print(t[1] == t[1])
print(nan ~= nan and "not-a-number" or "number")
