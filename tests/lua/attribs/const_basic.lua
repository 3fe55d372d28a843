-- <const> locals hold their value and can be read normally
local x <const> = 10
local s <const> = "text"
local t <const> = {1, 2}
print(x, s, #t)
t[1] = 100
print(t[1])
local function f() return x * 2 end
print(f())
