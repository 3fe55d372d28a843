-- loadfile compiles without running; arguments go to '...'
local f = loadfile("data/mod_a.lua.data")
print(type(f))
print(f("arg1", "arg2"))
print(loadfile("data/syntax_error.lua.data"))
print(loadfile("data/does_not_exist.lua"))
