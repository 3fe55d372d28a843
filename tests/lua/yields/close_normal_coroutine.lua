local main = coroutine.running()
coroutine.wrap(function () print(pcall(coroutine.close, main)) print(coroutine.status(main)) end)()
print(pcall(coroutine.close, coroutine.running()))
