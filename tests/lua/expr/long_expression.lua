-- a long expression with many temporaries
local a, b, c, d = 1, 2, 3, 4
local r = ((a + b) * (c + d) - (a - b) * (c - d)) // (a + 1) + (b * c * d) % 5
print(r)
local s = a .. b .. c .. d .. (a + b) .. (c * d)
print(s)
local m = (a < b) and (c < d) and not (a == b) and (a ~= c)
print(m)
