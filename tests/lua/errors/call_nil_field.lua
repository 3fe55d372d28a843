-- calling a missing field names the field
local t = {inner = {}}
print(pcall(function() t.go() end))
print(pcall(function() t.inner.deep() end))
print(pcall(function() t["with space"]() end))
