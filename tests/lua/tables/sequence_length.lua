-- length of proper sequences while growing and shrinking
local t = {}
for i = 1, 1000 do t[i] = i end
print(#t)
for i = 1000, 501, -1 do t[i] = nil end
print(#t)
t[#t + 1] = "x"
print(#t, t[501])
local s = {n = 1, 10, 20}
print(#s)
