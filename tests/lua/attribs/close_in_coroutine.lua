-- a to-be-closed variable in a coroutine closes when the coroutine finishes
local co = coroutine.wrap(function()
  local r <close> = setmetatable({}, {__close = function() print("closed in coroutine") end})
  coroutine.yield("yielded")
  return "finished"
end)
print(co())
print(co())
