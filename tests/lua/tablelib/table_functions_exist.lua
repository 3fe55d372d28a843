-- the table library functions used by this corpus exist
for _, n in ipairs({"concat", "insert", "pack", "remove", "sort", "unpack"}) do
  print(n, type(table[n]))
end
print(type(table))
