-- the numeric for variable is local to the loop body
local i = "outer i"
for i = 1, 2 do end
print(i)
for k, v in ipairs({1}) do end
print(k, v)
