-- __close receives nil as error on normal exit, and the object itself
local obj
obj = setmetatable({}, {__close = function(o, e) print(o == obj, e) end})
do
  local v <close> = obj
end
