-- multiple results are adjusted by context
local function mr() return 1, 2, 3 end
local a, b, c, d = mr()
print(a, b, c, d)
local x = mr()
print(x)
print(mr(), mr())
print(#{mr()})
local t = {mr(), mr()}
print(#t)
print(select("#", mr(), mr()))
print((mr()))
