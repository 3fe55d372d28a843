-- long strings: levels, leading newline skipped, no escapes processed
local a = [[hello]]
local b = [==[with ]] inside]==]
local c = [[
first line skipped]]
local d = [=[
]=]
local e = [[a\nb]]
print(a, #a)
print(b, #b)
print(c, #c)
print(#d)
print(e, #e)
print([[]] == "", [==[]==] == "")
print([[

two]] == "\ntwo")
