-- parentheses truncate multiple results to one
local function m() return 1, 2, 3 end
print(m())
print((m()))
local t = {m(), m()}
print(#t)
local u = {(m())}
print(#u)
print(m(), "end")
print(select("#", (m())))
