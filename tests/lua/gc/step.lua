-- a step returns a boolean; a full cycle eventually finishes
print(type(collectgarbage("step")))
collectgarbage()
local done = false
for i = 1, 10000 do if collectgarbage("step", 100) then done = true; break end end
print(done)
