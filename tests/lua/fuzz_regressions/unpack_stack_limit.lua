-- the largest table.unpack that fits the Lua stack is the same as in the reference
local function limit()
  local lo, hi = 999900, 1000001
  while lo < hi do
    local mid = (lo + hi + 1) // 2
    if pcall(table.unpack, {}, 1, mid) then lo = mid else hi = mid - 1 end
  end
  return lo
end
print("main", limit())
print("nested", (function(...) return limit() end)(1, 2, 3))
print("coroutine", coroutine.wrap(limit)())
print(pcall(table.unpack, {}, 1, 1000000))
