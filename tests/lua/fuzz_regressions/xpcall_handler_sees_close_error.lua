-- the message handler of xpcall also handles an error raised by __close while unwinding
local function h(m) return "H:" .. tostring(m) end
print(xpcall(function()
  local x <close> = setmetatable({}, {__close = function() error("close err") end})
  error("main")
end, h))
print(xpcall(function()
  local y <close> = setmetatable({}, {__close = function() error("second") end})
  local x <close> = setmetatable({}, {__close = function() error("first") end})
  error("main")
end, h))
print(xpcall(function()
  local x <close> = setmetatable({}, {__close = function(_, e) error({e}) end})
  error("main")
end, function(m) return type(m) == "table" and "table:" .. m[1] or m end))
print(xpcall(function()
  local x <close> = setmetatable({}, {__close = function() error("close err") end})
  return 1
end, h))
