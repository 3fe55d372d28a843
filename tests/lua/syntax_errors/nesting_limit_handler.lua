-- the nesting-limit error is raised through the current message handler, unlike
-- ordinary syntax errors (checked with xpcall so no traceback is involved)
local deep = "x = " .. string.rep("(", 300) .. "1" .. string.rep(")", 300)
print(xpcall(load, function(m) return "handler saw: " .. m end, deep))
print(xpcall(load, function(m) return "handler saw: " .. m end, "x = = 1"))
