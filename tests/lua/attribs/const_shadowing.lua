-- a new local with the same name as a <const> is assignable
local x <const> = 1
do
  local x = 2
  x = 3
  print(x)
end
print(x)
