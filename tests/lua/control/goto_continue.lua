-- goto used as 'continue'
for i = 1, 5 do
  if i % 2 == 0 then goto continue end
  print(i)
  ::continue::
end
local i = 0
while i < 3 do
  i = i + 1
  if i == 2 then goto next end
  print("w", i)
  ::next::
end
