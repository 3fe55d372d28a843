-- C-level recursion through pcall, xpcall handlers and metamethods ends in an error, not a crash
local function f() return pcall(f) end
print(select("#", f()))
local function h(m) error(m) end
print(xpcall(error, h, "x"))
local function h2(m) return h2(m) + 1 end
print(xpcall(error, h2, "x"))
local t = setmetatable({}, {__index = function(t, k) return t[k] end})
print(xpcall(error, function() return t.x end, "x"))
local u = setmetatable({}, {__tostring = function(s) return tostring(s) end})
print(pcall(tostring, u))
local c = setmetatable({}, {__concat = function(a, b) return a .. b end})
print(pcall(function() return c .. 1 end))
local function s() table.sort({1, 2, 3}, function(a, b) s() return a < b end) end
print(pcall(s))
