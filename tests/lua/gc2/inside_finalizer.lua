-- inside a finalizer every collectgarbage option fails (returns nil), and
-- the collector does not run; a finalizer may allocate freely
collectgarbage("stop")
local results
do
  setmetatable({}, {__gc = function()
    results = {
      collectgarbage("count") == nil,
      collectgarbage("collect") == nil,
      collectgarbage("step") == nil,
      collectgarbage("isrunning") == nil,
      collectgarbage("incremental") == nil,
      collectgarbage("setpause", 100) == nil,
    }
    local t = {}
    for i = 1, 1000 do t[i] = {i} end
    results[#results + 1] = #t
  end})
end
collectgarbage()
print(table.unpack(results))
-- outside again, everything works
print(collectgarbage("isrunning"), collectgarbage("setpause", 200) ~= nil)

-- a finalizer that calls a function that errors, and one that runs a
-- coroutine to completion
local log = {}
do
  setmetatable({}, {__gc = function()
    local ok, msg = pcall(error, "inner")
    log[#log + 1] = tostring(ok) .. " " .. msg
  end})
  setmetatable({}, {__gc = function()
    local co = coroutine.wrap(function(a) local b = coroutine.yield(a + 1) return b * 2 end)
    log[#log + 1] = co(1) .. " " .. co(5)
  end})
end
collectgarbage()
print(table.concat(log, ", "))
