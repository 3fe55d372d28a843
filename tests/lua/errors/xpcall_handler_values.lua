-- the handler's return values become xpcall's extra results
print(xpcall(error, function(e) return 1, 2, 3 end, "x"))
print(xpcall(error, function(e) end, "x"))
print(xpcall(error, function(e) return nil end, "x"))
print(xpcall(error, function(e) return e end, "plain"))
