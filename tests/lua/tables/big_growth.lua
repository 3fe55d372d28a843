-- many insertions of integer and string keys
local t = {}
for i = 1, 100000 do t[i] = i * 2 end
print(#t, t[1], t[100000])
local h = {}
for i = 1, 20000 do h["key" .. i] = i end
local n = 0
for _ in pairs(h) do n = n + 1 end
print(n, h.key1, h.key20000)
