-- integer loops near the limits terminate without overflowing
local n = 0
for i = math.maxinteger - 2, math.maxinteger do n = n + 1; print(i) end
print(n)
for i = math.mininteger, math.mininteger + 2 do print(i) end
for i = math.mininteger + 2, math.mininteger, -1 do print(i) end
n = 0
for i = math.maxinteger - 10, math.maxinteger, 4 do n = n + 1 end
print(n)
for i = 1, math.maxinteger, math.maxinteger do print("step", i) end
for i = -1, math.mininteger, math.mininteger do print("neg step", i) end
