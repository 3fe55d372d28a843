-- a newline inside a quoted string ends it with an error at that line
print(load("local a = 1\nlocal s = 'abc\ndef'"))
print(load("\n\n'"))
print(load("x = \"abc"))
print(load("x = 'a\\\nb'") ~= nil)
