-- backslash-newline inside a quoted string inserts a newline
local s = "one\
two"
print(s)
print(#s, string.byte(s, 4))
