-- CR LF line endings in source count as one line each
local f = load("local x = 1\r\nlocal y = 2\r\n\r\nerror('here')")
print(pcall(f))
local g = load("x = 1\n\rerror('at 2')")
print(pcall(g))
local h = load("x = 1\r\rerror('at 3')")
print(pcall(h))
