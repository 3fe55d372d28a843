-- conditions use any values, not just booleans
local vals = {nil, false, 0, "", {}}
for i = 1, 5 do
  if vals[i] then print(i, "truthy") else print(i, "falsy") end
end
