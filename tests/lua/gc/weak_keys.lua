-- entries with weak keys disappear once the keys are unreachable
local reg = setmetatable({}, {__mode = "k"})
local k1 = {}
reg[k1] = "kept"
reg[{}] = "dropped"
collectgarbage()
collectgarbage()
local n = 0
for k, v in pairs(reg) do n = n + 1 end
print(n, reg[k1])
