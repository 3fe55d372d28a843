-- an uncaught error with level 2 blames the caller
local function check(v) if type(v) ~= "number" then error("number expected", 2) end end
local function use()
  check("x")
end
use()
