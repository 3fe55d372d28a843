-- do-blocks and loops introduce new scopes that shadow outer locals
local x = "outer"
do
  local x = "inner"
  print(x)
end
print(x)
for x = 1, 2 do print(x) end
print(x)
local y = 1
local y = y + 1
print(y)
