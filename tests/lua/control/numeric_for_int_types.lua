-- loop variable is an integer when start and step are integers
for i = 1, 2.5 do print(i, math.type(i)) end
for i = 1, 3, 1 do end
for i = 5, 5 do print(i, math.type(i)) end
for i = 1.0, 2 do print(i, math.type(i)) end
