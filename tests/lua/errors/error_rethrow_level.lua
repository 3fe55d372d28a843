-- re-raising a message with level 2 from a helper
local function check(v)
  if not v then error("check failed", 2) end
end
local function user()
  check(false)
end
print(pcall(user))
