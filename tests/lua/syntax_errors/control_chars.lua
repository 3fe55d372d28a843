-- control characters in source are shown as <\N>
print(load("x = \1"))
print(load("x = \127"))
print(load("\27Lua"))
print(load("x = 1 \0 y = 2"))
