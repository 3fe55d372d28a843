-- pending finalizers all run when the state closes, in reverse order of
-- marking, after the script's own output; new ones are not armed then
local mt = {__gc = function(o)
  print("closing", o.name)
  if o.name == "b" then
    setmetatable({name = "armed while closing"}, {__gc = function() print("never") end})
  end
end}
keep = {}
for _, name in ipairs({"a", "b", "c"}) do
  keep[#keep + 1] = setmetatable({name = name}, mt)
end
setmetatable({name = "garbage"}, mt)
collectgarbage()
print("end of script")
