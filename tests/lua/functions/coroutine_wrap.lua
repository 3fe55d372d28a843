-- coroutine.wrap as a generator
local function gen(n)
  return coroutine.wrap(function() for i = 1, n do coroutine.yield(i) end end)
end
for v in gen(4) do print(v) end
local g = gen(1)
print(g(), g())
print(pcall(g))
