-- an uncaught error with level 0 has no position
print("level zero")
print("calling f")
local function f() error("no position here", 0) end
f()
