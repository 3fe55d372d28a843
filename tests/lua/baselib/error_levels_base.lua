-- error level 1 and 2 from within nested calls
local function a() error("at a", 1) end
local function b() error("at caller of b", 2) end
local function c() b() end
print(pcall(a))
print(pcall(c))
