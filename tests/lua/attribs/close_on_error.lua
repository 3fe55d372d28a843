-- to-be-closed variables close on error and receive the error object
local function res(name)
  return setmetatable({}, {__close = function(_, err) print("close", name, err) end})
end
local ok, e = pcall(function()
  local a <close> = res("a")
  local b <close> = res("b")
  error("failure", 0)
end)
print(ok, e)
