-- __len is called by the # operator even on sequences
local calls = 0
local t = setmetatable({1, 2, 3}, {__len = function(s) calls = calls + 1; return rawlen(s) * 10 end})
print(#t, calls)
print(select("#", table.unpack({1, 2})))
