-- strings built in different ways compare equal by value
local a = "abc"
local b = "ab" .. "c"
local c = string.char(97, 98, 99)
local d = ("x"):rep(0) .. "abc"
print(a == b, b == c, c == d, rawequal(a, c))
local long1 = string.rep("long string ", 20)
local long2 = string.rep("long ", 20, "string ") .. "string "
print(long1 == long2, #long1, #long2)
