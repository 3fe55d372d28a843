-- xpcall with a missing or non-callable handler
print(pcall(xpcall, print))
print(pcall(xpcall, function() error("e") end, 42))
print(pcall(xpcall, function() return "no error" end, 42))
print(xpcall(function() return "handler unused" end, print))
