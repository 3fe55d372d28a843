-- nested tables and chained indexing
local t = {a = {b = {c = {d = "deep"}}}, list = {{1, 2}, {3, 4}}}
print(t.a.b.c.d, t["a"]["b"].c["d"])
print(t.list[2][1], #t.list, #t.list[1])
t.a.b.c.e = "new"
print(t.a.b.c.e)
