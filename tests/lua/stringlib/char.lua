-- string.char builds strings from byte values
print(string.char(72, 105), string.char() == "", #string.char(0, 0))
print(string.char(255):byte(), string.char("65"))
local t = {}
for i = 97, 122 do t[#t + 1] = string.char(i) end
print(table.concat(t))
