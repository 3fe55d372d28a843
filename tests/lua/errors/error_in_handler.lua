-- an error inside the message handler
print(xpcall(function() error("first") end, function(e) error("second") end))
print(xpcall(function() error("first") end, function(e) local x = nil; return x.y end))
print(xpcall(function() return "no error" end, function() error("unused") end))
local ok, e = xpcall(function() error("first") end, function(m) return "ok handler: " .. m end)
print(ok, e)
