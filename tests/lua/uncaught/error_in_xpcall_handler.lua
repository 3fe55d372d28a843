-- an error rethrown from outside after xpcall reported it
print("xpcall with a handler")
local ok, msg = xpcall(function() error("inner") end, function(m) return "handled(" .. m .. ")" end)
print(ok, msg)
error(msg, 0)
