-- concatenating a table with numbers names the table
local t = {}
print(pcall(function() return 1 .. t end))
print(pcall(function() return t .. 1 end))
print(pcall(function() local x = {}; return x .. "a" .. "b" end))
print(pcall(function() local x; return "a" .. "b" .. x end))
