-- table.pack stores the count in field n
local p = table.pack(1, nil, 3, nil)
print(p.n, p[1], p[2], p[3], p[4])
local e = table.pack()
print(e.n, #e)
print(table.pack(table.unpack({1, 2, 3})).n)
