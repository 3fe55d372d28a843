-- collectgarbage options: results, parameter round trips, mode names
print(collectgarbage("isrunning"))
print(collectgarbage("stop"), collectgarbage("isrunning"))
print(collectgarbage("restart"), collectgarbage("isrunning"))
-- parameters are kept as the reference keeps them (divided by 4 in a byte)
print(collectgarbage("setpause", 150))
print(collectgarbage("setpause", 1000))
print(collectgarbage("setpause", 2000))
print(collectgarbage("setpause", 7))
print(collectgarbage("setpause"))
print(collectgarbage("setpause", 200))
print(collectgarbage("setstepmul", 400))
print(collectgarbage("setstepmul", 100))
print(collectgarbage("setstepmul"))
print(collectgarbage("setstepmul", 100))
-- mode switches return the previous mode
print(collectgarbage("incremental"))
print(collectgarbage("incremental", 100, 200, 10))
print(collectgarbage("setpause", 200), collectgarbage("setstepmul", 100))
print(collectgarbage("generational", 10, 50))
print(collectgarbage("generational"))
print(collectgarbage("incremental", 0, 0, 0))
print(collectgarbage("setpause"))
-- count is a float in kilobytes with a fraction
local k = collectgarbage("count")
print(math.type(k), k > 10, k < 10000, k * 1024 == math.floor(k * 1024))
-- step returns a boolean; a cycle ends within a bounded number of steps
print(type(collectgarbage("step")))
local steps = 0
repeat steps = steps + 1 until collectgarbage("step", 0) or steps > 100000
print(steps <= 100000)
-- collect returns 0, also when stopped
collectgarbage("stop")
print(collectgarbage("collect"), collectgarbage())
collectgarbage("restart")
-- bad arguments
print(pcall(collectgarbage, "setpause", "x"))
print(pcall(collectgarbage, "incremental", {}))
print(select("#", collectgarbage("count")))
