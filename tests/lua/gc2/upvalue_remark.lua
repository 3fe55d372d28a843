-- a coroutine's open upvalue that the collector marked early keeps the
-- value the coroutine stores later, even when the coroutine itself dies
-- before the cycle ends (the reference's "remarkupvals")
collectgarbage("incremental", 200, 1, 1)  -- each step traverses one object
local put = (function()
  local sink
  return function(v) sink = v end  -- a closed upvalue: stores use a barrier
end)()
local getters = {}
for i = 1, 300 do
  local co = coroutine.create(function()
    local x = {i}
    coroutine.yield(function() return x[1] end)
    x = {i * 2}  -- a register store into the open upvalue: no barrier
    coroutine.yield()
  end)
  local _, f = coroutine.resume(co)
  put({f})       -- marks the new table, hence f and its upvalue, early
  for _ = 1, 3 do collectgarbage("step", 0) end
  coroutine.resume(co)
  getters[i] = f
  for _ = 1, 3 do collectgarbage("step", 0) end
end
collectgarbage()
collectgarbage()
local t = {}
for i = 1, 1000 do t[i] = {i, i} end
local ok = true
for i = 1, 300 do
  if getters[i]() ~= i * 2 then ok = false end
end
print(ok)
