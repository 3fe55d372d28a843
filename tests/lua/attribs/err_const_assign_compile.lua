-- assignments to <const> variables are rejected when compiling
print(load("local c <const> = 1; c = 2", "=const"))
print(load("local c <const> = 1; do c = 3 end", "=const"))
print(load("local c <const> = 1; local function g() c = 4 end", "=const"))
print(load("local a, c <const> = 1, 2; a, c = 3, 4", "=const"))
