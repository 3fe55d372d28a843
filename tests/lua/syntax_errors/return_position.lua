-- 'return' must be the last statement of a block
print(load("return 1 print(2)"))
print(load("do return end print(1)") ~= nil)
print(load("return; x = 1"))
print(load("function f() return 1; end") ~= nil)
