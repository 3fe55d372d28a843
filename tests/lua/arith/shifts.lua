-- shifts are logical; shifting by 64 or more gives 0; negative reverses
print(1 << 0, 1 << 1, 1 << 62, 1 << 63, 1 << 64, 1 << 100)
print(-1 >> 1, -1 >> 63, -1 >> 64, 8 >> 1, 8 >> -1)
print(1 << -1, 2 << -1, 1 >> -63, math.mininteger >> 63)
print(0xFF << 56, 3 << math.mininteger, 3 >> math.maxinteger)
