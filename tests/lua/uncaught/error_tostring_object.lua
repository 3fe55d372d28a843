-- an uncaught error object with __tostring uses it
local count = 1
print("an error object with __tostring gets no traceback")
local E = setmetatable({}, {__tostring = function() return "custom error object" end})
error(E)
