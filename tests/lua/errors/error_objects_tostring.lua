-- error objects with __tostring convert when printed
local E = {__tostring = function(self) return "E(" .. self.msg .. ")" end}
local ok, e = pcall(error, setmetatable({msg = "bad"}, E))
print(ok, tostring(e), e.msg)
print(e)
print(type(e))
