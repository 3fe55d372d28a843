-- every multi-character operator token
local a, b = 7, 2
print(a // b, a .. b, a == b, a ~= b, a <= b, a >= b)
print(a << b, a >> 1, a ~ b, ~a)
local function f(...) return select("#", ...) end
print(f(1, 2, 3))
do goto l print("skipped") ::l:: end
print(a<b, a>b, a%b, a^b, -a, #"abc")
