-- functions stored in tables and passed as arguments
local ops = {add = function(a, b) return a + b end, mul = function(a, b) return a * b end}
local function apply(op, a, b) return ops[op](a, b) end
print(apply("add", 3, 4), apply("mul", 3, 4))
local function compose(f, g) return function(...) return f(g(...)) end end
local inc = function(x) return x + 1 end
local dbl = function(x) return x * 2 end
print(compose(inc, dbl)(5), compose(dbl, inc)(5))
