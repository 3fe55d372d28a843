-- ipairs respects __index
local proxy = setmetatable({}, {__index = function(_, i) if i <= 3 then return i * 100 end end})
for i, v in ipairs(proxy) do print(i, v) end
local mixed = setmetatable({"real"}, {__index = {nil, "inherited"}})
for i, v in ipairs(mixed) do print(i, v) end
