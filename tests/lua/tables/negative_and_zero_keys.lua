-- zero and negative integer keys live outside the sequence
local t = {[0] = "zero", [-1] = "minus one", "one"}
print(t[0], t[-1], t[1], #t)
t[-100] = "far"
print(t[-100], #t)
