-- string functions accept numbers and convert them
print(string.len(12345), string.upper(1.5), string.sub(12345, 2, 3))
print(string.rep(7, 3), string.byte(9), string.format("%s", 0.1))
print(pcall(function() return (12):rep(2) end))
print(string.char(string.byte(10, 1, 2)), string.len(-0.0))
