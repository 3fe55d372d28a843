-- an unreachable open file is closed (and flushed) by the collector through __gc
local name = os.tmpname()
do
  local f = io.open(name, "w")
  f:setvbuf("full", 4096)
  f:write("written but not flushed")
end
collectgarbage()
collectgarbage()
local f = io.open(name)
print(f:read("a"))
f:close()
print(os.remove(name))
