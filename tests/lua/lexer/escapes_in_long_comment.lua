-- escapes are not processed in long strings, backslashes kept
local s = [[\n\t\\]]
print(s, #s)
local q = [["quoted" 'single']]
print(q)
