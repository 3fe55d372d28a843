-- getmetatable for tables, strings and __metatable
print(getmetatable({}))
local mt = {}
print(getmetatable(setmetatable({}, mt)) == mt)
print(getmetatable("").__index == string)
print(getmetatable(setmetatable({}, {__metatable = "hidden"})))
