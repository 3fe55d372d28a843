-- '...' is only valid inside a vararg function
print(load("function f() return ... end"))
print(load("local function g(a) print(...) end"))
print(load("function h(...) return function() return ... end end"))
print(load("return ...") ~= nil)
