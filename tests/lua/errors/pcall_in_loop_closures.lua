-- errors in closures created in loops report the right upvalue
local fs = {}
for i = 1, 2 do
  local obj = i == 2 and {} or nil
  fs[i] = function() return obj.name end
end
print(pcall(fs[1]))
print(pcall(fs[2]))
