-- load with a function reader concatenates pieces until nil or ""
local parts = {"return ", "'pie", "ces' ", ".. ", "1"}
local i = 0
local f = load(function() i = i + 1; return parts[i] end)
print(f())
local j = 0
local g = load(function() j = j + 1; if j == 1 then return "return 'stop'" end return "" end)
print(g())
local k = 0
print(load(function() k = k + 1; if k == 1 then return "return 1" elseif k == 2 then return 5 end end)())
