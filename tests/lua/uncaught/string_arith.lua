-- arithmetic on a non-numeric string goes through the string metamethod
print("3" * "4")
print("10" + 1)
local s = "hello"
local n = s + 1
