-- an uncaught failed assertion without a message
print("checking x")
print(assert(20 > 10, "fine"))
local function f(x) assert(x > 10) end
f(5)
