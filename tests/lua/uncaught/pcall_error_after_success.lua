-- some protected calls succeed before an unprotected failure
print("start")
print(pcall(function() return "ok" end))
print(pcall(error, "caught"))
local n = #nil_global
