-- traceback through an __index metamethod
print("proxy defined")
local proxy = setmetatable({}, {__index = function(t, k) error("no field '" .. k .. "'") end})
local function get() return proxy.missing end
get()
