-- an arithmetic metamethod result can feed another metamethod
local mt = {}
mt.__add = function(a, b)
  local av = type(a) == "table" and a.v or a
  local bv = type(b) == "table" and b.v or b
  return setmetatable({v = av + bv}, mt)
end
local x = setmetatable({v = 1}, mt)
local r = x + 2 + 3 + x
print(r.v, getmetatable(r) == mt)
