-- error messages may contain newlines and are kept intact
print(pcall(error, "line1\nline2"))
print(pcall(function() error("a\nb") end))
local ok, e = pcall(error, "x\n\ny")
print(#e)
print(pcall(error, "trailing\n"))
