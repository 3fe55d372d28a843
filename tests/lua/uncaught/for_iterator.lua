-- an error raised by a generic-for iterator
local function items()
  local i = 0
  return function() i = i + 1; if i > 2 then error("iterator exhausted badly") end return i end
end
for v in items() do print(v) end
