-- pack then unpack with n restores all values including nils
local function roundtrip(...)
  local p = table.pack(...)
  return table.unpack(p, 1, p.n)
end
print(roundtrip(1, nil, "x", nil))
print(select("#", roundtrip(nil, nil, nil)))
