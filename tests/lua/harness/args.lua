-- args: one two  three
-- options: -W
-- Directives: arguments after the script name, options before it.
print(#arg, arg[0], arg[1], arg[2], arg[3], arg[-1] ~= nil)
print(...)
warn("a warning, visible because of -W")
