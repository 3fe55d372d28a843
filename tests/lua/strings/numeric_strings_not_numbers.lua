-- numeric strings stay strings for type(), equality and table keys
local t = {}
t["1"] = "string key"
t[1] = "number key"
print(t["1"], t[1], type("1"), "1" == 1)
print(math.type("1"), tonumber("1") == 1)
