-- string.sub on empty strings and zero positions
print(("").sub("", 1, 1) == "", ("abc"):sub(0, 0) == "", ("abc"):sub(0, 1))
print(("abc"):sub(-1, 1) == "", ("abc"):sub(3, 3), ("abc"):sub(4, 4) == "")
print(("abc"):sub(2, -2), ("abc"):sub(-2, 10))
print(("abc"):sub(math.mininteger, -3), ("abc"):sub(3, math.maxinteger))
