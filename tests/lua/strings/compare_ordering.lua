-- sorting strings uses byte order
local words = {"banana", "Apple", "cherry", "apple", "Banana", "", "a", "ab", "b"}
table.sort(words)
for i, w in ipairs(words) do print(i, "[" .. w .. "]") end
print("apple" < "apples", "Zebra" < "apple")
