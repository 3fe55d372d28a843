-- loadfile with mode and environment
local env = {}
local f = loadfile("data/set_global.lua.data", "t", env)
print(f(), f(), env.counter, counter)
print(loadfile("data/mod_a.lua.data", "b"))
