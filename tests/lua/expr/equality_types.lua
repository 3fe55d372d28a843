-- equality never converts between strings and numbers; ints equal floats
print(1 == 1.0, "1" == 1, 0 == -0, 0.0 == -0.0)
print("abc" == "abc", "abc" == "abd", nil == false)
print(math.maxinteger == math.maxinteger + 0.0, 2^53 == 2^53 + 1)
print(math.mininteger == -2^63, 1 ~= 1.5)
local t1, t2 = {}, {}
print(t1 == t1, t1 == t2, t1 ~= t2)
local f = function() end
print(f == f, print == print)
