-- floats print with %.14g and keep a '.0' when integral
print(1.0, -1.0, 100.0, 1e15, 1e16, 1e100, -0.0)
print(0.1, 1/3, 2/3, 123.456, 1e-5, 5e-324)
print(2^63, 2^24, 1e14 + 0.5, 3.14159265358979)
print(tostring(10 / 2), 7.0 .. "")
