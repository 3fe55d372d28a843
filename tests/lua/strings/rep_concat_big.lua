-- big concatenations produce exact lengths
local a = string.rep("abc", 10000)
local b = a .. a .. a
print(#b, b:sub(29998, 30003))
print(b == string.rep("abc", 30000))
