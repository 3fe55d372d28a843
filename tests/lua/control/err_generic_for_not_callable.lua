-- the generic for calls its first value
print(pcall(function() for x in 5 do end end))
print(pcall(function() for x in nil do end end))
print(pcall(function() local t = {1, 2}; for x in t do end end))
print(pcall(function() for x in "str" do end end))
