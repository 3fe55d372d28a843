-- table.concat with separators and ranges
local t = {"a", "b", "c", "d"}
print(table.concat(t), table.concat(t, ", "), table.concat(t, "-", 2), table.concat(t, "-", 2, 3))
print(table.concat({}), table.concat(t, ",", 3, 2) == "", table.concat({1, 2.5, "x"}, " "))
print(table.concat({"only"}, ","), table.concat(t, "", 4, 4))
