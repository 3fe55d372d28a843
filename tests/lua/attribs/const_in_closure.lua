-- closures capture <const> values
local fns = {}
for i = 1, 3 do
  local v <const> = i * i
  fns[i] = function() return v end
end
print(fns[1](), fns[2](), fns[3]())
local limit <const> = 5
local function under(n) return n < limit end
print(under(3), under(7))
