-- arguments are evaluated left to right
local log = {}
local function v(x) log[#log + 1] = x; return x end
local function f(...) return ... end
f(v(1), v(2), v(3))
print(table.concat(log, ","))
