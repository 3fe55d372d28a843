-- removing __close after declaration is detected at close time
local mt = {__close = function() print("never") end}
print(pcall(function()
  local r <close> = setmetatable({}, mt)
  mt.__close = nil
end))
