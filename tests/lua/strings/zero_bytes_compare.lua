-- comparison of strings with embedded zeros
print("a\0b" < "a\0c", "a\0" < "a\1", "\0" > "", "a\0a" > "a")
print(("\0"):rep(3) == "\0\0\0", #("\0"):rep(3))
local t = {"b\0", "b", "a\0z", "a"}
table.sort(t)
for _, s in ipairs(t) do print(#s, string.byte(s, 1, -1)) end
