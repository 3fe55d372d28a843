-- error levels 1, 2 and 0 choose which position is prepended
local function lvl1() error("level one", 1) end
local function lvl2() error("level two", 2) end
local function lvl0() error("level zero", 0) end
local function caller() lvl2() end
print(pcall(lvl1))
print(pcall(caller))
print(pcall(lvl0))
local function deep3() error("level three", 3) end
local function d2() deep3() end
local function d1() d2() end
print(pcall(d1))
