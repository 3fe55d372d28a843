-- float loops compute each value by repeated addition
local count = 0
for x = 0, 1, 0.1 do count = count + 1 end
print(count)
local last
for x = 1, 0, -0.25 do last = x end
print(last)
