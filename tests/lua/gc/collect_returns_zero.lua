-- a full collection returns 0, as does the default option
print(collectgarbage("collect"))
print(collectgarbage())
print(math.type(collectgarbage("collect")))
print(collectgarbage("collect") == 0)
