-- keys 2 and 2.0 are the same; "2" is different
local t = {}
t[2] = "a"
t["2"] = "b"
print(t[2.0], t["2"], t[2])
t[2.0] = "c"
print(t[2])
