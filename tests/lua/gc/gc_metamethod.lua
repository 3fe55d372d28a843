-- __gc finalizers run at collection, in reverse order of marking
local log = {}
do
  for i = 1, 3 do setmetatable({}, {__gc = function() log[#log + 1] = i end}) end
end
collectgarbage()
collectgarbage()
print(#log, table.concat(log, " "))
