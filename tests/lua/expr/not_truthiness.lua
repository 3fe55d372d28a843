-- only nil and false are falsy
for _, v in ipairs({0, "", "0", false, 0.0, -0.0}) do
  print(type(v), not v)
end
print(not nil, not false, not {}, not print)
