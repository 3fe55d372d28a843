-- calling a nil upvalue names it
local callback
local function run() callback("x") end
print(pcall(run))
local function outer()
  local handler
  return function() return handler() end
end
print(pcall(outer()))
