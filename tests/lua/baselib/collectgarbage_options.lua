-- collectgarbage options return values of the documented types
print(collectgarbage("collect"), math.type(collectgarbage("count")))
print(type(collectgarbage("step")), collectgarbage("isrunning"))
print(collectgarbage("incremental"), collectgarbage("incremental"))
print(pcall(collectgarbage, "bogus"))
