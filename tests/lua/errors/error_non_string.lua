-- non-string error objects are returned unchanged
local t = {code = 42}
local ok, e = pcall(error, t)
print(ok, e == t, e.code)
print(pcall(error, 42))
print(pcall(error, 42.5))
print(pcall(error, true))
print(pcall(error, nil))
print(pcall(error))
local f = function() end
print(select(2, pcall(error, f)) == f)
