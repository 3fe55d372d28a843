-- syntax errors from a function reader use the given chunkname
local pieces = {"local x ", "= ", "= 2"}
local i = 0
print(load(function() i = i + 1; return pieces[i] end, "=reader"))
i = 0
print(load(function() i = i + 1; return pieces[i] end))
