-- indexing non-table values without metatables
print(pcall(function() local n = 5; return n.x end))
print(pcall(function() local b = true; b.x = 1 end))
print(pcall(function() return (nil).x end))
print(pcall(function() local f = print; return f.x end))
