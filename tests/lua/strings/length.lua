-- length of strings counts bytes
print(#"", #"a", #"hello world", #"\0", #"\u{20AC}")
local s = ""
for i = 1, 10 do s = s .. i end
print(s, #s)
print(#string.rep("ab", 1000))
