-- building and measuring large strings
local s = string.rep("a", 1000000)
print(#s, s:sub(1, 3), s:sub(-3))
local parts = {}
for i = 1, 10000 do parts[i] = "x" end
local j = table.concat(parts)
print(#j)
print(#(s .. j))
