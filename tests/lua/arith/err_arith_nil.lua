-- arithmetic on nil names the variable
local x
print(pcall(function() local y; return y + 1 end))
print(pcall(function() return x * 2 end))
print(pcall(function() return undefined_global - 1 end))
print(pcall(function() local t = {} ; return t.field / 2 end))
print(pcall(function() local t = {} ; return 2 ^ t[1] end))
