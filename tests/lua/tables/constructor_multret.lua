-- only the last expression in a constructor expands multiple results
local function three() return 1, 2, 3 end
local a = {three()}
local b = {three(), three()}
local c = {three(), 10}
local d = {(three())}
local e = {three(), nil}
print(#a, #b, #c, #d)
print(b[1], b[2], b[4], c[2], e[1], e[2])
local function none() end
print(#{none()}, #{none(), 1}, select("#", none()))
