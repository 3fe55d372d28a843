-- the right operand of and/or is evaluated only when needed
local calls = 0
local function f(v) calls = calls + 1; return v end
local _ = f(false) and f(1)
print(calls)
_ = f(true) or f(2)
print(calls)
_ = f(nil) or f(3)
print(calls)
_ = f(1) and f(nil) and f(4)
print(calls)
