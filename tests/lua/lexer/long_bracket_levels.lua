-- long bracket with high level and nested lower levels
local s = [====[a]]b]=]c]==]d]===]e]====]
print(s)
local t = [=[[[x]]]=]
print(t)
print(#[==[
]==])
