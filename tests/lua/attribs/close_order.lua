-- to-be-closed variables close in reverse order of declaration
local function res(name)
  return setmetatable({}, {__close = function() print("close " .. name) end})
end
do
  local a <close> = res("a")
  local b <close> = res("b")
  local c <close> = res("c")
  print("body")
end
print("after")
