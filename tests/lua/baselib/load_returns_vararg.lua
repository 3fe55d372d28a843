-- a loaded chunk is a vararg function
local f = load("return select('#', ...), ...")
print(f())
print(f(1, nil, 3))
print(load("return ...")("a", "b"))
