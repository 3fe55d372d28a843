-- 'then', 'do', 'in', '=' and similar expected-token messages
print(load("for a, b do end"))
print(load("if x print(1) end"))
print(load("while x print(1) end"))
print(load("for i = 1 do end"))
print(load("for i do end"))
print(load("repeat x = 1"))
