-- 'return' inside loops and blocks exits the function
local function locate(t, v)
  for i, x in ipairs(t) do
    if x == v then return i end
  end
  return nil
end
print(locate({5, 6, 7}, 6), locate({5, 6, 7}, 9))
local function early(x)
  do return x * 2 end
end
print(early(21))
