-- string.char(string.byte(s, 1, -1)) rebuilds s for all byte values
local bytes = {}
for i = 0, 255 do bytes[#bytes + 1] = i end
local s = string.char(table.unpack(bytes))
print(#s)
print(string.char(string.byte(s, 1, -1)) == s)
print(s:byte(1), s:byte(256), s:byte(-1))
