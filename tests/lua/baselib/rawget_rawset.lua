-- rawget and rawset bypass metamethods
local log = {}
local t = setmetatable({}, {__index = function() return "meta" end,
  __newindex = function(_, k) log[#log + 1] = k end})
print(t.x, rawget(t, "x"))
t.y = 1
rawset(t, "z", 2)
print(rawget(t, "y"), rawget(t, "z"), #log, log[1])
print(rawset(t, "w", 3) == t)
print(pcall(rawget, "str", 1))
print(pcall(rawset, {}, nil, 1))
