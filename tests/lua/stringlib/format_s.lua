-- string.format %s uses tostring and honours precision and width
print(string.format("%s|%s|%s", "a", 1, 2.5))
print(string.format("%s %s %s", nil, true, false))
print(string.format("[%10s][%-10s]", "right", "left"))
print(string.format("[%.3s]", "truncate"))
print(string.format("%s", setmetatable({}, {__tostring = function() return "meta!" end})))
print(string.format("%s", "with\0zero") == "with\0zero")
