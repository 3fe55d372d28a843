-- an uncaught boolean error value
print("boolean error next")
local values = {true, false}
print("raising", values[2])
error(false)
