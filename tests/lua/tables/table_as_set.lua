-- a table used as a set with sorted output
local set = {}
for _, w in ipairs({"pear", "apple", "pear", "fig", "apple", "kiwi"}) do set[w] = true end
local list = {}
for w in pairs(set) do list[#list + 1] = w end
table.sort(list)
print(#list, table.concat(list, ","))
