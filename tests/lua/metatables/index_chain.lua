-- __index chains through several tables and functions
local base = {greet = function() return "hello from base" end}
local mid = setmetatable({mid = "mid"}, {__index = base})
local top = setmetatable({}, {__index = mid})
print(top.greet(), top.mid, top.none)
local fnchain = setmetatable({}, {__index = setmetatable({}, {__index = function(_, k) return k .. "!" end})})
print(fnchain.x, fnchain.abc)
