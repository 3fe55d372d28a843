-- an unknown option is a bad argument
print(pcall(collectgarbage, "nonsense"))
print(pcall(collectgarbage, 42))
print(pcall(collectgarbage, "count", "extra") ~= nil)
print(pcall(collectgarbage, "COLLECT"))
