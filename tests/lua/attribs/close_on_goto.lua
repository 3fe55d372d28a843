-- jumping out of a block with goto closes its variables
local function res(name)
  return setmetatable({}, {__close = function() print("close", name) end})
end
do
  local r <close> = res("goto block")
  goto out
end
::out::
print("after goto")
