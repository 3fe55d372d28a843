-- numeric for with float bounds or steps uses floats
for i = 1, 2, 0.5 do print(i, math.type(i)) end
for i = 1.0, 3 do print(i) end
for i = 0.1, 0.35, 0.1 do print(string.format("%.1f", i)) end
for i = 3, 1.5, -0.5 do print(i) end
