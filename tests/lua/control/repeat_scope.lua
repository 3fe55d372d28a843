-- the 'until' condition sees locals declared in the repeat body
local i = 0
repeat
  local done = i >= 3
  i = i + 1
until done
print(i)
local n = 0
repeat n = n + 1 until n == 5
print(n)
repeat local x = "once" print(x) until true
