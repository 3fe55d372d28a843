-- errors in coroutines and wrap
local co = coroutine.create(function() local x; x.y = 1 end)
print(coroutine.resume(co))
local w = coroutine.wrap(function() error("wrapped failure") end)
print(pcall(w))
print(pcall(coroutine.resume, 1))
print(coroutine.resume(coroutine.running()))
