-- 'and'/'or' return one of their operands
print(nil and 1, false and 1, 0 and 1, "" and "s")
print(nil or 1, false or nil, 0 or 1, nil or false)
print(1 and 2 or 3, nil and 2 or 3, false or nil and 1)
local x = nil
print(x and x.field or "default")
print((nil or false) == false)
