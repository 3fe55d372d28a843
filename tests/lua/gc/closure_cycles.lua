-- cycles through closures and upvalues are reclaimed
collectgarbage()
local before = collectgarbage("count")
for round = 1, 50 do
  local objs = {}
  for i = 1, 200 do
    local o = {}
    o.f = function() return o end
    objs[i] = o
  end
end
collectgarbage()
collectgarbage()
print(collectgarbage("count") < before + 100)
