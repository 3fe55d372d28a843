-- a bad argument to a string method
print("repeating")
print(("ab"):rep(2))
local s = "abc"
print(s:rep("many"))
