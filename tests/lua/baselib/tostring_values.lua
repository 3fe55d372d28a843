-- tostring of numbers, booleans, nil and strings
print(tostring(nil), tostring(true), tostring(false))
print(tostring(12), tostring(-12), tostring(1.5), tostring(-0.0), tostring(1e300))
print(tostring(math.huge), tostring(-math.huge), tostring(2^63), tostring(math.mininteger))
print(tostring("str"), #tostring(12345))
print(tostring(print):sub(1, 10), tostring({}):sub(1, 7))
