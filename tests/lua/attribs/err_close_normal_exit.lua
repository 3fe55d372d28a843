-- an error in __close during a normal exit becomes the error
local function bad()
  return setmetatable({}, {__close = function() error("close error", 0) end})
end
print(pcall(function()
  local x <close> = bad()
  return "would be returned"
end))
