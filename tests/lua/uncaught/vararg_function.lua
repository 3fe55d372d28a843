-- traceback through vararg functions
local function apply(f, ...) return f(...) end
local function divide(a, b) return a // b end
print(apply(divide, 7, 2))
print(apply(divide, 7, 0))
