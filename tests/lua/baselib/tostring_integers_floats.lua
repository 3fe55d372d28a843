-- tostring distinguishes integer and float representations
for _, v in ipairs({0, 0.0, 1, 1.0, -1, 100, 1e2, 2^10, 10 // 3, 10 / 2}) do
  print(tostring(v), math.type(v))
end
print(tostring(-0.0), tostring(0.0 * -1), tostring(-0))
