-- removing the last element reduces the length of a sequence
local t = {"a", "b", "c"}
t[#t] = nil
print(#t)
t[#t] = nil
print(#t, t[1])
t[#t] = nil
print(#t, next(t))
