-- a function without return or with bare 'return' gives no values
local function none() end
local function bare() return end
print(select("#", none()), select("#", bare()))
print(none(), bare())
local v = none()
print(v)
print(type(none) , (none()) == nil)
