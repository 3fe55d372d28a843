-- uncaught call of an undefined global
local ok = pcall(undefined_function)
print("pcall result", ok)
print("start")
undefined_function(1, 2)
