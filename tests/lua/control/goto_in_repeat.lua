-- goto to a label before 'until' that is in scope of repeat locals
local i = 0
repeat
  i = i + 1
  if i == 2 then goto cont end
  print(i)
  ::cont::
until i >= 4
print("end", i)
