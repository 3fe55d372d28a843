-- __call that is not callable, and tables without __call
print(pcall(function() local t = {}; t() end))
print(pcall(function() local t = setmetatable({}, {__call = 5}); t() end))
print(pcall(function() local t = {f = {}}; t.f() end))
print(pcall(function() local t = {}; t:m() end))
