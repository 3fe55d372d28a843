-- several attributes in one local statement
local a <const>, b, c <const> = 1, 2, 3
b = 20
print(a, b, c)
local d <const>, e <const> = "only one"
print(d, e)
