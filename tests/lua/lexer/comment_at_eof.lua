-- a file may end inside a short comment without a trailing newline
print("last")
local x = 1 -- trailing comment on a statement
print(x)
-- final comment without newline