-- constructors with many items (beyond one flush batch)
local src = {"return {"}
for i = 1, 300 do src[#src + 1] = i .. "," end
src[#src + 1] = "x = 'named'}"
local t = load(table.concat(src))()
print(#t, t[1], t[150], t[300], t.x)
