-- __newindex as a function sees table, key and value
local t = setmetatable({}, {__newindex = function(tbl, k, v)
  print("set", k, v)
  rawset(tbl, k, v and v * 2)
end})
t.a = 1
t.a = 5
t.b = 10
print(t.a, t.b)
