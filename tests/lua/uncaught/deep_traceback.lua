-- a traceback longer than 22 levels is elided in the middle
local function rec(n)
  if n == 0 then error("bottom reached") end
  rec(n - 1)
end
rec(40)
