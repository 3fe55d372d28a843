-- __lt is tried when only one operand is a table
local mt = {__lt = function(a, b)
  local av = type(a) == "table" and a.v or a
  local bv = type(b) == "table" and b.v or b
  return av < bv
end}
local x = setmetatable({v = 5}, mt)
print(x < 10, 1 < x, x > 2, 10 > x)
local r = setmetatable({}, {__lt = function() return 1 end})
print(r < r)
