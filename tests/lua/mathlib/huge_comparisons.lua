-- math.huge compares with integers and floats
print(math.huge > math.maxinteger, -math.huge < math.mininteger)
print(math.huge == math.huge, math.huge + 1 == math.huge, -math.huge == -math.huge)
print(math.max(math.huge, 1), math.min(-math.huge, 1))
print(math.huge // 1 == math.huge, -math.huge < 0)
