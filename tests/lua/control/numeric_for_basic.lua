-- numeric for with positive, negative and default steps
for i = 1, 3 do print(i) end
for i = 3, 1, -1 do print(i) end
for i = 1, 0 do print("never") end
for i = 10, 1, -4 do print(i) end
for i = 1, 2, 5 do print(i) end
