-- indexing numbers, booleans and functions
print(pcall(function() local n = 5; return n.field end))
print(pcall(function() return (5).field end))
print(pcall(function() local b = false; return b[1] end))
print(pcall(function() return print.x end))
print(pcall(function() local n = 5; return n:method() end))
