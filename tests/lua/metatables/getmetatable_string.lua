-- strings share one metatable whose __index is string
local mt = getmetatable("abc")
print(type(mt), mt == getmetatable(""), mt.__index == string)
print(getmetatable(1), getmetatable(nil), getmetatable(print))
print(getmetatable("a") == getmetatable(("b"):rep(100)))
