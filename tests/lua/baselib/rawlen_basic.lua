-- rawlen of tables and strings ignores __len
print(rawlen({1, 2}), rawlen("hello"))
print(rawlen(setmetatable({1}, {__len = function() return 99 end})))
print(pcall(rawlen, 42))
print(rawlen({n = 1}), rawlen({1, 2, 3, nil}))
