-- an uncaught nil error value
print("nil error next")
local x = nil
print("raising nil", x)
error(nil)
