-- locals in a while body are fresh each iteration
local fns = {}
local i = 0
while i < 3 do
  i = i + 1
  local v = i * 10
  fns[i] = function() return v end
end
print(fns[1](), fns[2](), fns[3]())
