-- several close handlers run even when the block errors inside pcall
local log = {}
local function res(n) return setmetatable({}, {__close = function() log[#log + 1] = n end}) end
local ok, e = pcall(function()
  local a <close> = res("a")
  do
    local b <close> = res("b")
    local c <close> = res("c")
    local x = nil
    return x.field
  end
end)
print(ok, e)
print(table.concat(log, " "))
