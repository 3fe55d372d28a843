-- rawequal compares without __eq
print(rawequal(1, 1), rawequal(1, 1.0), rawequal("a", "a"), rawequal({}, {}))
print(rawequal(nil, nil), rawequal(nil, false))
local mt = {__eq = function() return true end}
local a, b = setmetatable({}, mt), setmetatable({}, mt)
print(a == b, rawequal(a, b))
print(pcall(rawequal, 1))
