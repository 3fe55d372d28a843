-- dofile of a chunk without return yields nothing
print(select("#", dofile("data/set_global.lua.data")))
print(select("#", load("local x = 1")()))
local a, b = dofile("data/mod_a.lua.data")
print(a, b)
print(select("#", dofile("data/mod_a.lua.data")))
