-- load compiles a string chunk and returns a function
local f = load("return 1 + 1")
print(type(f), f())
local g = load("local a, b = ... return a * b")
print(g(6, 7))
print(load("syntax error here"))
print(type(load("")), select("#", load("")()))
