-- indexing a nil local names it
print(pcall(function() local t; return t.x end))
print(pcall(function() local t; t.x = 1 end))
print(pcall(function() local t; return t[1] end))
print(pcall(function() local s; return s:upper() end))
