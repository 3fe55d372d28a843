-- __call makes tables callable and receives the table first
local obj = setmetatable({name = "callable"}, {__call = function(self, a, b)
  return self.name, a, b
end})
print(obj(1, 2))
print(pcall(obj, "x"))
local nested = setmetatable({}, {__call = obj})
local r1, r2, r3 = nested("y")
print(r1, r2 == nested, r3)
