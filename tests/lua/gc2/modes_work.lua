-- finalizers and weak tables work the same under automatic collection in
-- both modes, with mode switches in the middle of the work
local function run(mode)
  print(collectgarbage(mode))
  local fin = 0
  local weak = setmetatable({}, {__mode = "v"})
  local keep = {}
  for i = 1, 20000 do
    local t = {i}
    if i % 10 == 0 then setmetatable(t, {__gc = function() fin = fin + 1 end}) end
    weak[i] = t
    if i % 1000 == 0 then keep[#keep + 1] = t end
    if i == 10000 then collectgarbage(mode == "incremental" and "generational" or "incremental") end
  end
  collectgarbage()
  collectgarbage()
  local n = 0
  for _ in pairs(weak) do n = n + 1 end
  print(mode, fin, n, #keep)
end
run("incremental")
run("generational")
run("incremental")
