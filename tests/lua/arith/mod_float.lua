-- float modulo follows floor semantics, including infinities
print(7.5 % 2, -7.5 % 2, 7.5 % -2, -7.5 % -2)
print(5 % math.huge, -5 % math.huge, 5 % -math.huge, -5 % -math.huge)
print(1 % 0.0 ~= 1 % 0.0, math.huge % 2 ~= math.huge % 2)
print(5.0 % 3, math.type(5 % 3.0), 0.0 % 1)
print(3 % 0.5, -0.5 % 1)
