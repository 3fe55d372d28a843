-- an error in the middle of a multiple assignment
local t = {}
print(pcall(function() t.a, t.b.c = 1, 2 end))
print(t.a)
print(t.b)
