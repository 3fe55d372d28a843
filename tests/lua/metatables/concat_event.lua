-- __concat is called when either operand is not a string or number
local mt = {__concat = function(a, b)
  local function s(x) return type(x) == "table" and "<" .. x.n .. ">" or tostring(x) end
  return s(a) .. s(b)
end}
local a = setmetatable({n = "a"}, mt)
local b = setmetatable({n = "b"}, mt)
print(a .. "x", "x" .. a, a .. b, 1 .. a)
print("p" .. a .. "q")
print(a .. b .. "c")
