-- numbers convert to strings with tostring and concatenation alike
for _, v in ipairs({0, 1, -1, 1.5, -0.5, 1e20, 1e-20, 2^63, math.mininteger, 255 // 1}) do
  print(tostring(v), v .. "", tostring(v) == v .. "")
end
print(tostring(1e15), tostring(1e16), tostring(-1e-7))
