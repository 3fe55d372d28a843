-- a zero byte inside a __name, a field name or a constant cuts the name in error messages and tostring
local t = setmetatable({}, {__name = "x\0y"})
local function len_of_error(f) local ok, e = pcall(f) return #e end
print(len_of_error(function() return t & 1 end))
print(len_of_error(function() return t + 1 end))
print(len_of_error(function() return t < 1 end))
print(len_of_error(function() return t() end))
print(len_of_error(function() return string.rep(t) end))
print(string.byte(tostring(t), 1, 3))
local u = {}
print(select(2, pcall(function() return u["ab\0cd"] * 2 end)))
print(select(2, pcall(function() return "ab\0cd" | 1 end)))
print(select(2, pcall(function() return u["k\0"].x end)))
