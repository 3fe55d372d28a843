-- float keys normalise when integral and stay distinct otherwise
local t = {}
t[1] = "int"
t[1.0] = "float one"
t[1.5] = "one and half"
print(t[1], t[1.5])
local n = 0
for k in pairs(t) do n = n + 1 end
print(n)
for k in pairs({[3.0] = true}) do print(k, math.type(k)) end
