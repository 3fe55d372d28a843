-- Closure creation with captured upvalues, then calls through them.
local function counter(start)
  local n = start
  return function(d)
    n = n + d
    return n
  end
end
local N = 10000000
local total = 0
for i = 1, N do
  local c = counter(i)
  c(1)
  total = total + c(2)
end
print(total)
