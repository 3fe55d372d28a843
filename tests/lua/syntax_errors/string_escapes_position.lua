-- escape errors report the line they occur on
print(load("x = 1\ny = 2\nz = '\\k'"))
print(load("x = [[\n\n]] .. '\\9999'"))
print(load("a = 1\n\n\nb = '\\x4'"))
print(load("s = '\\u{110000}'\nbad = '\\q'"))
