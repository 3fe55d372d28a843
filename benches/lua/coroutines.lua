-- Coroutine switches: resume/yield through a generator and a wrap.
local function gen(n)
  return coroutine.create(function()
    for i = 1, n do coroutine.yield(i) end
    return 0
  end)
end
local N = 4000000
local co = gen(N)
local sum = 0
while true do
  local ok, v = coroutine.resume(co)
  if not ok or coroutine.status(co) == "dead" then break end
  sum = sum + v
end
local w = coroutine.wrap(function()
  local x = 0
  while true do x = x + coroutine.yield(x) end
end)
w()
for i = 1, N do sum = sum + w(i) % 3 end
print(sum)
