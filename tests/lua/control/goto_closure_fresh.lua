-- a backward goto creates a fresh local each time around
local fns = {}
do
  local i = 1
  ::top::
  local j = i
  fns[#fns + 1] = function() return j end
  i = i + 1
  if i <= 3 then goto top end
end
print(fns[1](), fns[2](), fns[3]())
