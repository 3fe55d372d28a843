-- an upvalue keeps its last value after its block ends
local get, set
do
  local x = 1
  get = function() return x end
  set = function(v) x = v end
  x = 2
end
print(get())
set(10)
print(get())
