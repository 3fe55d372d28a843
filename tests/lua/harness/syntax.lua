-- A syntax error is reported before anything runs.
print("never printed")
local x = = 1
