-- ipairs iterates 1..n until the first nil and returns three values
local t = {"a", "b", "c", nil, "e"}
for i, v in ipairs(t) do print(i, v) end
local f, s, c = ipairs(t)
print(type(f), s == t, c)
print(f(t, 0))
print(f(t, 3))
