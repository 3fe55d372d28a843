-- closures keep the upvalues of coroutines that were collected, including
-- values the coroutine stored after the closure was made (incremental steps
-- interleave with the stores)
collectgarbage("incremental")
local getters = {}
local ok = true
for round = 1, 3 do
  for i = 1, 200 do
    local co = coroutine.create(function()
      local x = {i}
      getters[i] = function() return x[1] end
      coroutine.yield()
      collectgarbage("step", 1)
      x = {i * 2}          -- a stack store, no barrier
      coroutine.yield()
    end)
    coroutine.resume(co)
    collectgarbage("step", 1)
    coroutine.resume(co)   -- suspended with x still an open upvalue
  end
  for _ = 1, 3 do collectgarbage() end
  local junk = {}
  for i = 1, 2000 do junk[i] = {i} end
  for i = 1, 200 do
    if getters[i]() ~= i * 2 then ok = false end
  end
end
print(ok)

-- the same in generational mode
collectgarbage("generational")
for i = 1, 100 do
  local co = coroutine.wrap(function()
    local x = "s" .. i
    getters[i] = function() return x end
    coroutine.yield()
    x = {i}
    coroutine.yield()
  end)
  co()
  co()
end
collectgarbage()
local junk = {}
for i = 1, 5000 do junk[i] = {i} end
collectgarbage()
for i = 1, 100 do
  local v = getters[i]()
  if type(v) ~= "table" or v[1] ~= i then ok = false end
end
print(ok)
