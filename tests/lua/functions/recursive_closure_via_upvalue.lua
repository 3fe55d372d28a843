-- a closure can call itself through an upvalue declared before it
local f
f = function(n) if n == 0 then return 0 end return n + f(n - 1) end
print(f(100))
local g = f
f = function() return 1000 end
print(g(3))
