-- catching and rethrowing keeps or extends the message
local function risky() error("base failure") end
local ok, e = pcall(risky)
print(pcall(error, e, 0))
print(pcall(function() error("wrapped: " .. e) end))
local tbl = {msg = "obj"}
local ok2, e2 = pcall(function() local ok3, e3 = pcall(error, tbl); error(e3) end)
print(ok2, e2 == tbl)
