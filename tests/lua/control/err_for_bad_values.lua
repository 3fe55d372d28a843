-- non-numeric for initial value, limit or step error; numeric strings are accepted
print(pcall(function() for i = "a", 10 do end end))
print(pcall(function() for i = 1, {} do end end))
print(pcall(function() for i = 1, 10, nil do end end))
print(pcall(function() for i = "1", 2 do end end))
print(pcall(function() for i = 1, "2" do end end))
for i = "1", 2 do print(i, math.type(i)) end
for i = 1, "2" do print(i, math.type(i)) end
