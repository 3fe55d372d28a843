-- a closure sees later modifications of the captured local
local x = 1
local function f() return x end
x = 2
print(f())
local function g() x = x + 100 end
g()
print(x, f())
