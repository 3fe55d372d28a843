-- an error in __close replaces the original error; other closes still run
local function res(name, fail)
  return setmetatable({}, {__close = function(_, err)
    print("closing", name, err)
    if fail then error(name .. " failed", 0) end
  end})
end
print(pcall(function()
  local a <close> = res("a", false)
  local b <close> = res("b", true)
  error("original", 0)
end))
