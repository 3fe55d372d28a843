-- more than 200 local variables in one function
local parts = {}
for i = 1, 201 do parts[#parts + 1] = "local v" .. i .. " = " .. i end
print(load(table.concat(parts, "\n")))
parts[201] = nil
print(load(table.concat(parts, "\n")) ~= nil)
