-- __call receives all arguments and may return many results
local m = setmetatable({}, {__call = function(self, ...) return select("#", ...), ... end})
print(m())
print(m(nil, nil))
print(m(1, 2, 3))
local function tc() return m("tail") end
print(tc())
