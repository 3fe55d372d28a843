-- method-style calls of library functions report 'bad self'
local s = "abc"
print(pcall(function() return s.rep() end))
print(pcall(function() local t = {rep = string.rep}; return t:rep(2) end))
print(pcall(function() return ("x"):rep() end))
