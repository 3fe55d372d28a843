-- __unm receives the operand twice
local mt = {__unm = function(a, b) return rawequal(a, b) and "same" or "diff", "dropped" end}
local v = setmetatable({}, mt)
print(-v)
print(select("#", -v))
