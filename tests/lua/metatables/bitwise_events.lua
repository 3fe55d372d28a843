-- every bitwise metamethod, including __bnot
local mt = {}
local function val(a) return type(a) == "table" and "T" or tostring(a) end
for _, ev in ipairs({"band", "bor", "bxor", "shl", "shr"}) do
  mt["__" .. ev] = function(a, b) return ev .. "(" .. val(a) .. "," .. val(b) .. ")" end
end
mt.__bnot = function(a) return "bnot(" .. val(a) .. ")" end
local t = setmetatable({}, mt)
print(t & 1, 1 | t, t ~ t, t << 2, 3 >> t, ~t)
