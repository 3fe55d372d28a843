-- an uncaught comparison error
print("comparing")
local limit
local function over(x) return x > limit end
print(over(3))
