-- a large cyclic structure is reclaimed after it becomes unreachable
collectgarbage()
local before = collectgarbage("count")
do
  local nodes = {}
  for i = 1, 20000 do nodes[i] = {id = i} end
  for i = 1, 20000 do nodes[i].next = nodes[i % 20000 + 1]; nodes[i].self = nodes[i] end
  local peak = collectgarbage("count")
  print("grew", peak > before + 500)
end
collectgarbage()
collectgarbage()
local after = collectgarbage("count")
print("reclaimed", after < before + 100)
