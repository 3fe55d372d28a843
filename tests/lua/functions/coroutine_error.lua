-- errors inside coroutines are returned by resume
local co = coroutine.create(function() error("inside") end)
print(coroutine.resume(co))
print(coroutine.status(co))
local co2 = coroutine.create(function() error({code = 7}) end)
local ok, e = coroutine.resume(co2)
print(ok, type(e), e.code)
print(coroutine.isyieldable())
