-- 'break' outside any loop
print(load("break"))
print(load("do break end"))
print(load("\nif x then break end"))
print(load("function f() while true do end break end"))
