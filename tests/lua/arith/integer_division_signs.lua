-- floor division and modulo on a table of sign combinations
for _, a in ipairs({9, -9}) do
  for _, b in ipairs({4, -4}) do
    print(a, b, a // b, a % b, a / b)
  end
end
