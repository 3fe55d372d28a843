-- result types of each arithmetic operator on int/float operands
local function t(v) return math.type(v) end
print(t(1 + 1), t(1 + 1.0), t(1 - 1), t(2 * 3), t(2 * 3.0))
print(t(4 / 2), t(4 // 2), t(4.0 // 2), t(4 % 3), t(4 % 3.0))
print(t(2 ^ 2), t(-1), t(-1.0), t(1 | 1), t(1.0 | 1))
