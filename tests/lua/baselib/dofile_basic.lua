-- dofile runs a file and returns all its results
print(dofile("data/mod_a.lua.data"))
counter = nil
print(dofile("data/set_global.lua.data"), dofile("data/set_global.lua.data"), counter)
print(dofile("data/shebang.lua.data"))
print(dofile("data/no_newline.lua.data"))
