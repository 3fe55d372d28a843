local co = coroutine.create(function ()
  coroutine.yield(10)
  return 20;
end)
local trace = {}
debug.sethook(co, function(e) trace[#trace+1] = e end, "clr")
repeat until not coroutine.resume(co)
print(table.concat(trace, " "))
