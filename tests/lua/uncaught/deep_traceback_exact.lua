-- a traceback of just over the elision limit
local function rec(n)
  if n == 0 then local x = nil; return x.y end
  return (rec(n - 1))
end
rec(20)
