-- numbers raised as errors get no position even at level 1
local function f() error(7) end
local ok, e = pcall(f)
print(ok, e, math.type(e))
local function g() error("7") end
print(pcall(g))
