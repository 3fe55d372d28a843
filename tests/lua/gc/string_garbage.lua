-- temporary strings are collected
collectgarbage()
local before = collectgarbage("count")
for i = 1, 20000 do local s = "temp" .. i .. string.rep("x", 50) end
collectgarbage()
print(collectgarbage("count") < before + 100)
