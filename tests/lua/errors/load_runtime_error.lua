-- runtime errors inside loaded chunks use the chunkname
local f = load("local x\nx()", "=mychunk")
print(pcall(f))
local g = load("return nope.x", "@virtual/file.lua")
print(pcall(g))
local h = load("error('from string chunk')")
print(pcall(h))
