-- stdout output followed by an error in a nested call
for i = 1, 3 do print("line", i) end
local t = {1, 2, 3}
local function sum(list) local s = 0 for i = 1, #list + 1 do s = s + list[i] end return s end
print(sum(t))
