-- tostring of caught error values of each type
for _, v in ipairs({"s", 1, 2.5, true}) do
  local ok, e = pcall(error, v)
  print(type(e), tostring(e))
end
local ok, e = pcall(error)
print(tostring(e))
