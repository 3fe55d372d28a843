-- table.unpack refuses ranges that are too large
print(pcall(table.unpack, {}, 1, 1e8))
print(pcall(table.unpack, {}, math.mininteger, math.maxinteger))
print(pcall(table.unpack))
print(select("#", table.unpack({}, math.maxinteger, math.maxinteger)))
