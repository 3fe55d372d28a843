-- to-be-closed variables in a loop body close every iteration and on break
local function res(i)
  return setmetatable({}, {__close = function() print("close", i) end})
end
for i = 1, 5 do
  local r <close> = res(i)
  if i == 3 then break end
  print("iter", i)
end
print("after loop")
