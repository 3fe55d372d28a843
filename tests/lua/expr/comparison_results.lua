-- comparison operators always produce booleans
local r = {1 < 2, 1 > 2, "a" == "a", 1 ~= 1, nil == nil}
for i = 1, #r do print(type(r[i]), r[i]) end
print(type(1 <= 2), type("a" >= "b"))
print(not (1 < 2) == false)
