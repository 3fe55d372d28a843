-- nested blocks and functions close their variables independently
local function res(name)
  return setmetatable({}, {__close = function() print("close", name) end})
end
local function inner()
  local i <close> = res("inner")
  return 1
end
do
  local o <close> = res("outer")
  do
    local m <close> = res("middle")
    inner()
  end
  print("end of outer block")
end
