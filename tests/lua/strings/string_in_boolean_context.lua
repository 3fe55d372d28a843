-- all strings, even empty and "false", are true
if "" then print("empty is true") end
if "false" then print("'false' is true") end
if "0" then print("'0' is true") end
print("" and "and-value", nil or "")
