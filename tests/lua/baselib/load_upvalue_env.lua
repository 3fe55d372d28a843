-- a loaded chunk's only upvalue is _ENV
local f = load("local a = 1; return function() return a, _ENV ~= nil end")
local inner = f()
print(inner())
local g = load("return _ENV")
print(g() == _G)
