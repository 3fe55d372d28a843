-- concatenation is right associative and converts numbers
print("a" .. "b" .. "c" .. 1 .. 2)
print(1 .. 2 .. 3, 1.0 .. "", -0.0 .. "", 2^63 .. "")
print(math.maxinteger .. "", math.mininteger .. "")
local t = {}
for i = 1, 5 do t[#t + 1] = i .. "" end
print(t[1] .. t[5])
print(("x"):rep(3) .. 1e100)
