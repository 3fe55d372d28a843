-- tables are reference values: assignment aliases
local a = {1, 2, 3}
local b = a
b[1] = 100
print(a[1], a == b)
local function modify(t) t.changed = true end
modify(a)
print(b.changed)
local c = {1, 2, 3}
print(a == c, #a == #c)
