-- a call in return position with a to-be-closed variable is not a tail call
local function g() print("in g"); return "g result" end
local function f()
  local r <close> = setmetatable({}, {__close = function() print("close after g") end})
  return g()
end
print(f())
