-- strings have __index but no __newindex
print(pcall(function() local s = "abc"; s.x = 1 end))
print(pcall(function() ("abc").y = 2 end))
print(pcall(function() local s = "abc"; return s.len == string.len end))
print(pcall(function() local s = "abc"; s[1] = "x" end))
