-- a level beyond the stack or pointing at a C function adds no position
local function f() error("far away", 50) end
print(pcall(f))
local function g() error("level 2 is pcall", 2) end
print(pcall(g))
