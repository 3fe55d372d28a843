-- os.exit: buffered output is flushed, 'close' runs pending to-be-closed variables, code from booleans
print("before exit")
local x <close> = setmetatable({}, {__close = function(_, e) print("closed main", e) end})
local co = coroutine.wrap(function()
  local y <close> = setmetatable({}, {__close = function() print("closed in coroutine (never)") end})
  os.exit(true, true)
end)
co()
print("not reached")
