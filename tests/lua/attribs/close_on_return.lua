-- to-be-closed variables close when a function returns, after results are computed
local function res(name)
  return setmetatable({name = name}, {__close = function(self) print("close", self.name) end})
end
local function f()
  local r <close> = res("in f")
  print("returning")
  return "result", r.name
end
print(f())
