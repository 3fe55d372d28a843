-- "variable 'x' got a non-closable value" names the variable when it is the last one of an inner block
print(pcall(function() do local x <close> = 1 end end))
print(pcall(function() for i = 1, 2 do local x <close> = 1 end end))
print(pcall(function() while true do local a = 1 local y <close> = {} end end))
print(pcall(function() for k in pairs({1}) do local z <close> = "s" end end))
print(pcall(function() do local x <close> = 1 local y = 2 end end))
print(pcall(function() local w <close> = 1 end))
