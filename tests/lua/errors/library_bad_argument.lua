-- library argument errors name the function and the argument
print(pcall(function() return string.rep() end))
print(pcall(function() return ("x"):rep("y") end))
print(pcall(function() return table.concat({}, 1, 2, 3, 4) end))
print(pcall(function() return math.floor("a") end))
print(pcall(function() return table.insert(nil, 1) end))
print(pcall(function() return setmetatable({}, 1) end))
