-- collectgarbage("count") returns a positive float in kilobytes
local k = collectgarbage("count")
print(math.type(k), k > 0)
print(collectgarbage("count") < 1e7)
print(math.type(collectgarbage("count") * 1024))
