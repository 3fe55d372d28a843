-- string.sub with positive, negative and out-of-range indices
local s = "Hello, Lua"
print(s:sub(1, 5), s:sub(8), s:sub(-3), s:sub(-3, -2))
print(s:sub(0), s:sub(5, 1) == "", s:sub(100) == "", s:sub(-100, 2))
print(s:sub(2, 2), s:sub(-1, -1), s:sub(math.mininteger, math.maxinteger))
print(s:sub(3.0, 4.0), ("abc"):sub("2"))
