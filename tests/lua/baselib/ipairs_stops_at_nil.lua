-- ipairs with __index stops where __index returns nil
local t = setmetatable({1, 2}, {__index = function(_, i) if i == 3 then return 3 end end})
local n = 0
for i, v in ipairs(t) do n = i end
print(n)
print(pcall(ipairs))
