print(coroutine.wrap(function() return pcall(table.sort, {3,2,1}, function(a,b) coroutine.yield() end) end)())
print(coroutine.wrap(function() return pcall(error, "x") end)())
print(coroutine.wrap(function() local a, b = pcall(error, "x"); return a, b end)())
