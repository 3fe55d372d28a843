-- returning many values from a function with to-be-closed variables
local function f()
  local r <close> = setmetatable({}, {__close = function() print("closed") end})
  return 1, 2, 3
end
print(f())
print(select("#", f()))
