-- Collector: objects with finalizers and weak tables (a memo cache with
-- weak values, an ephemeron side table), in both collector modes.
local finalized = 0
local mt = {__gc = function() finalized = finalized + 1 end}
local function run(mode, n)
  collectgarbage(mode)
  local memo = setmetatable({}, {__mode = "v"})
  local side = setmetatable({}, {__mode = "k"})
  local keep = {}
  local work = 0
  for i = 1, n do
    local key = i % 2000
    local obj = memo[key]
    if not obj then
      obj = setmetatable({key = key, data = {i, i + 1}}, mt)
      memo[key] = obj
    end
    side[obj] = {obj, i}
    work = work + obj.key
    if i % 50 == 0 then keep[#keep + 1] = obj end
    if #keep > 1000 then keep = {} end
  end
  collectgarbage()
  return work
end
local w = run("incremental", 600000) + run("generational", 600000)
collectgarbage()
print(w, finalized > 0)
