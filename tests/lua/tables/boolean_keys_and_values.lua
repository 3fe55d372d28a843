-- false as a value is kept, nil as a value removes the key
local t = {a = false, b = nil}
print(t.a, t.b, rawget(t, "a"))
local n = 0
for _ in pairs(t) do n = n + 1 end
print(n)
t.a = nil
print(next(t))
