-- an integer loop with a float limit clips the limit to an integer
for i = 1, 3.9 do print(i) end
for i = 3, 1.1, -1 do print(i) end
for i = 1, math.huge do if i > 3 then break end print(i) end
for i = 1, -math.huge do print("never") end
for i = math.maxinteger - 1, 1e100 do print(i) end
