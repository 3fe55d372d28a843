-- methods on string literals and on parenthesised expressions
print(("abc"):upper(), ("x"):rep(2, "-"), (("ab"):rep(2)):len())
local s = "hello"
print(s:sub(2, 3), s:byte(1), #s:upper())
print(("%d"):format(42))
