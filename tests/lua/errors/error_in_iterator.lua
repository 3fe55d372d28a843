-- errors inside generic-for iterators propagate
local function bad_iter() return function() error("iterator failed") end end
print(pcall(function() for x in bad_iter() do end end))
print(pcall(function() for i, v in ipairs(nil) do end end))
print(pcall(function() for k, v in pairs(nil) do end end))
