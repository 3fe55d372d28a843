-- collecting varargs into tables keeps nils when counted
local function collect(...)
  local t = table.pack(...)
  local out = {}
  for i = 1, t.n do out[i] = tostring(t[i]) end
  return t.n, table.concat(out, ",")
end
print(collect(1, nil, 3, nil))
print(collect())
