-- indexing a string with a missing method gives nil; calling it errors
local s = "abc"
print(s.foo, s[1])
print(pcall(function() return s:foo() end))
print(pcall(function() return ("x"):bar() end))
