-- large steps do not overflow the loop counter
for i = 0, 10, math.maxinteger do print(i) end
for i = math.maxinteger, 0, math.mininteger do print(i) end
for i = -10, 10, 7 do print(i) end
for i = 1.0, 2.0, 1e308 do print(i) end
