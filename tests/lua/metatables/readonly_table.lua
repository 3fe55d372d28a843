-- a read-only proxy using __index and __newindex
local function readonly(t)
  return setmetatable({}, {__index = t, __newindex = function(_, k)
    error("attempt to update read-only field " .. tostring(k), 2)
  end})
end
local cfg = readonly({port = 80})
print(cfg.port)
print(pcall(function() cfg.port = 8080 end))
print(cfg.port)
