-- strings built at run time find the same table slots
local t = {}
t["key"] = 1
t["k" .. "ey"] = (t["k" .. "ey"] or 0) + 1
print(t.key)
local long = string.rep("z", 100)
t[long] = "long"
print(t[string.rep("z", 50) .. string.rep("z", 50)])
t[""] = "empty"
print(t[("a"):sub(2)])
