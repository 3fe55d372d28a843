-- a closure created in a repeat body captures that iteration's local
local fns = {}
local i = 0
repeat
  i = i + 1
  local captured = i
  fns[#fns + 1] = function() return captured end
until captured >= 3
print(fns[1](), fns[2](), fns[3]())
