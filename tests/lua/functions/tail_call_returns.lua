-- a tail call returns all the results of the called function
local function three() return 1, 2, 3 end
local function tc() return three() end
local function notc() return (three()) end
print(tc())
print(notc())
local function vtc(...) return select(2, ...) end
print(vtc("a", "b", "c"))
