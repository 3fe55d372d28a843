-- malformed \u{...} escapes
print(load("x = '\\u{110000000}'"))
print(load("x = '\\u{41'"))
print(load("x = '\\u41'"))
print(load("x = '\\u{}'"))
print(load("x = '\\u{zz}'"))
print(load("x = '\\u{80000000}'"))
