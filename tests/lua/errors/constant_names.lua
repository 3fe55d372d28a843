-- errors on constants and <const> locals
print(pcall(function() return ("abc").y.z end))
print(pcall(function() local s <const> = "text"; return s.x.y end))
print(pcall(function() local n <const> = 10; return n.x end))
print(pcall(function() local n <const> = nil; return n.x end))
print(pcall(function() return 1 & "x" end))
