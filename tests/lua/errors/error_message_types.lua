-- type names used in messages for every basic type
local vals = {nil, true, 1, "s", {}, print, coroutine.create(function() end)}
for i = 1, 7 do
  local v = vals[i]
  local ok, e = pcall(function() return v.x.y end)
  print(type(v), e)
end
