-- __index as a table provides defaults; rawget bypasses it
local defaults = {color = "red", size = 1}
local t = setmetatable({size = 5}, {__index = defaults})
print(t.color, t.size, t.missing)
print(rawget(t, "color"), rawget(t, "size"))
defaults.color = "blue"
print(t.color)
