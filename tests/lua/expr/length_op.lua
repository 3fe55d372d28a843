-- length of strings and sequences
print(#"", #"hello", #"\0\0")
print(#{}, #{1, 2, 3}, #{n = 1}, #{"a", "b", nil})
local t = {}
for i = 1, 100 do t[i] = i end
print(#t)
t[#t] = nil
print(#t)
