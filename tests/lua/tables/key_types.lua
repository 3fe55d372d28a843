-- any value except nil and NaN can be a key
local t = {}
local f = function() end
local k = {}
t[true] = "true"; t[false] = "false"; t[f] = "func"; t[k] = "table"
t[1] = "one"; t[1.5] = "float"; t["s"] = "string"
print(t[true], t[false], t[f], t[k], t[1], t[1.5], t.s)
print(t[{}], t[2], t[0.5])
