-- math.fmod truncates toward zero, unlike %
print(math.fmod(7, 3), math.fmod(-7, 3), math.fmod(7, -3), math.fmod(-7, -3))
print(-7 % 3, 7 % -3)
print(math.fmod(7.5, 2), math.fmod(-7.5, 2), math.type(math.fmod(7, 3)), math.type(math.fmod(7.0, 3)))
print(math.fmod(math.mininteger, -1), math.fmod(5, math.huge), math.fmod(1, 0.0) ~= math.fmod(1, 0.0))
