-- every arithmetic metamethod is called with both operands
local mt = {}
local function V(x) return setmetatable({x = x}, mt) end
local function val(a) return type(a) == "table" and a.x or a end
for _, ev in ipairs({"add", "sub", "mul", "div", "mod", "pow", "idiv"}) do
  mt["__" .. ev] = function(a, b) return ev .. "(" .. val(a) .. "," .. val(b) .. ")" end
end
local a = V(7)
print(a + 1, 2 - a, a * a, a / 2)
print(a % 3, 2 ^ a, a // 2)
print(1 + a, "s" .. "" == "s")
