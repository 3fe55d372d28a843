-- an uncaught number error value is converted to a string
print("number error next")
local code = 40 + 2
print("raising number", code)
error(42)
