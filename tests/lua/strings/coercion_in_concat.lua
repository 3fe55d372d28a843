-- concatenation converts integers and floats but not other types
print(1 .. "", 1.0 .. "", -2 .. "|", 0.1 .. "")
print(pcall(function() return "a" .. true end))
print(pcall(function() return "a" .. nil end))
print(pcall(function() return {} .. "a" end))
