-- math.sin and math.cos printed with six decimals
for _, x in ipairs({0, 0.5, 1, math.pi / 6, math.pi / 4, math.pi / 2, math.pi, 2, -1}) do
  print(string.format("%.6f %.6f", math.sin(x), math.cos(x)))
end
print(string.format("%.6f", math.sin(math.pi / 3) ^ 2))
