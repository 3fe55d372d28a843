-- options: -W
-- errors in finalizers become warnings ("error in __gc (...)"), and the
-- other finalizers still run
collectgarbage("stop")
local ran = {}
do
  setmetatable({}, {__gc = function() ran[#ran + 1] = "last" end})
  setmetatable({}, {__gc = function() error("boom") end})
  setmetatable({}, {__gc = function() error({}) end})
  setmetatable({}, {__gc = function() error(42) end})
  setmetatable({}, {__gc = function() error("no position", 0) end})
  setmetatable({}, {__gc = true})
  setmetatable({}, {__gc = setmetatable({}, {__name = "MyType"})})
  setmetatable({}, {__gc = setmetatable({}, {__call = function(self, o) ran[#ran + 1] = "callable" end})})
  setmetatable({}, {__gc = function() ran[#ran + 1] = "first" end})
end
collectgarbage()
print(table.concat(ran, " "))
warn("@off")
do setmetatable({}, {__gc = function() error("silent") end}) end
collectgarbage()
print("end")
