-- __close runs in reverse declaration order at scope exit
local function closer(name)
  return setmetatable({}, {__close = function(self, err) print("closing", name, err) end})
end
do
  local a <close> = closer("a")
  local b <close> = closer("b")
  print("in block")
end
print("after block")
