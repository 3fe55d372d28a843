-- __pairs replaces the iteration triple of pairs
local t = setmetatable({}, {__pairs = function(self)
  local i = 0
  return function(_, k)
    i = i + 1
    if i <= 3 then return i, i * 10 end
  end, self, nil
end})
for k, v in pairs(t) do print(k, v) end
local ord = setmetatable({}, {__pairs = function() return ipairs({"x", "y"}) end})
for k, v in pairs(ord) do print(k, v) end
