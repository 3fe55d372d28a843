-- repeated concatenation in a loop
local s = ""
for i = 1, 100 do s = s .. (i % 10) end
print(#s)
print(s:sub(1, 20))
local n = ""
for i = 1, 5 do n = i .. n end
print(n)
