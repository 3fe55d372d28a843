-- uncaught "number has no integer representation"
print(3.0 & 0xFF)
local function mask(x) return x & 0xFF end
print(mask(3))
print(mask(3.5))
