-- errors raised while load reads its chunk go through the current message handler
-- (the stand-alone interpreter's handler appends a traceback to the message)
local ok, msg = load(function() error("reader broke") end)
print(ok)
print(msg)
print(xpcall(load, function(m) return "handler saw: " .. m end, function() error("x", 0) end))
