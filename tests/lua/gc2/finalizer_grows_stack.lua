-- A finalizer run at the collector check of a table constructor calls deep
-- enough to grow (move) the stack; the interrupted function's registers
-- must still be read from the moved stack.
local function deep(n) if n == 0 then return 0 end return 1 + deep(n - 1) end
local count = 0
local mt = {__gc = function() count = count + 1; deep(3000) end}
local function work()
  local a, b, c = 1, 2, 3
  for i = 1, 30000 do
    setmetatable({}, mt)
    local t = {}          -- NEWTABLE: a collector check that may run finalizers
    a = a + b + c + #t    -- registers read after it
  end
  return a
end
print(work(), count > 0)
