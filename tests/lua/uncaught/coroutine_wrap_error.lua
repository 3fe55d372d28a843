-- an error inside coroutine.wrap propagates to the caller
local gen = coroutine.wrap(function()
  coroutine.yield(1)
  error("generator broke")
end)
print(gen())
print(gen())
