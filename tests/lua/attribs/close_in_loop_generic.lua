-- a to-be-closed variable in a generic-for body closes each iteration
local function res(i) return setmetatable({}, {__close = function() print("close", i) end}) end
for i, v in ipairs({"a", "b"}) do
  local r <close> = res(i)
  print("body", i, v)
end
