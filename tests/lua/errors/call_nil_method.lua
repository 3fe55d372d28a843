-- calling a missing method names the method
local obj = {}
print(pcall(function() obj:start() end))
print(pcall(function() obj.child = {}; obj.child:run(1, 2) end))
local s = "str"
print(pcall(function() s:nomethod() end))
