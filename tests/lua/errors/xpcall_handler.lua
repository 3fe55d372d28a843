-- xpcall passes the error to the handler and returns its result
local function handler(e) return "handled: " .. tostring(e) end
print(xpcall(function() error("oops") end, handler))
print(xpcall(function() error({}) end, function(e) return type(e) end))
print(xpcall(function() return "fine", 2 end, handler))
print(xpcall(function(a, b) return a + b end, handler, 3, 4))
print(xpcall(function(a, b) return a + b end, handler, 3, nil))
