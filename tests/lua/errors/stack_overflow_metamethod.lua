-- a recursive __index function overflows the stack and is caught
local t = setmetatable({}, {})
getmetatable(t).__index = function(self, k) return self[k .. "x"] end
local ok, msg = pcall(function() return t.a end)
print(ok, string.sub(msg, -14))
