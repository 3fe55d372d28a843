-- load with a custom environment table
local env = {x = 5}
local f = load("y = x * 2; return y", "chunk", "t", env)
print(f(), env.y, y)
local g = load("return print", "c", "t", {})
print(g())
local h = load("return x", "c", "t", nil)
print(pcall(h))
x = "global x"
print(load("return x")())
