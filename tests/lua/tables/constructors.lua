-- table constructors: positional, named and bracketed fields
local t = {1, 2, 3, x = "x", ["y"] = "y", [10] = 10, 4}
print(t[1], t[2], t[3], t[4], t.x, t.y, t[10], t[5])
local u = {[5] = "a", [6] = "b", "c"}
print(u[1], u[5], u[6])
local v = {1, 2; 3, n = 3,}
print(#v, v.n)
print(#{}, next({}))
