-- string.byte with default, single and range positions
print(string.byte("A"), string.byte("ABC", 2), string.byte("ABC", -1))
print(string.byte("ABC", 1, 3))
print(string.byte("ABC", 1, -1))
print(string.byte("ABC", 10), string.byte("", 1))
print(select("#", string.byte("ABC", 3, 2)), select("#", string.byte("abc", 0)))
print(string.byte("\255\0\127", 1, 3))
