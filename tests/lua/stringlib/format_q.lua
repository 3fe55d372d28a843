-- string.format %q produces a readable Lua literal
print(string.format("%q", "hello"))
print(string.format("%q", 'with "quotes" and \\ backslash'))
print(string.format("%q", "line1\nline2"))
print(string.format("%q", "tab\there\0zero\1one\r"))
print(string.format("%q", 42), string.format("%q", math.mininteger))
print(string.format("%q", math.huge), string.format("%q", -math.huge), string.format("%q", nil), string.format("%q", true))
