-- an error raised while closing a variable replaces a normal exit
local function closer(fail)
  return setmetatable({}, {__close = function() if fail then error("close failed", 0) end end})
end
print(pcall(function()
  local a <close> = closer(true)
  return "normal"
end))
print(pcall(function()
  local a <close> = closer(false)
  error("body failed", 0)
end))
