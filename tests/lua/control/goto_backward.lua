-- backward goto forms a loop
local n = 0
::top::
n = n + 1
if n < 5 then goto top end
print(n)
do
  local k = 0
  ::again::
  k = k + 1
  if k < 3 then goto again end
  print(k)
end
