-- math.fmod with an integer zero divisor is an error
print(pcall(math.fmod, 1, 0))
print(pcall(math.fmod, 1))
print(pcall(math.fmod, "a", 1))
local ok, r = pcall(math.fmod, 1, 0.0)
print(ok, r ~= r)
