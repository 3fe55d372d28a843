-- the chunk name appears in runtime error messages
local f = load("error('x')", "=custom name")
print(pcall(f))
local g = load("error('y')", "@file_like.lua")
print(pcall(g))
local h = load("\n\nerror('z')", "literal source")
print(pcall(h))
