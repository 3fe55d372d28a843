-- a value without __close cannot be to-be-closed
print(pcall(function() local x <close> = {} end))
print(pcall(function() local y <close> = 42 end))
print(pcall(function() local z <close> = "str" end))
print(pcall(function() local ok <close> = setmetatable({}, {__close = function() end}) return "fine" end))
