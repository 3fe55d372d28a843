-- an uncaught message containing newlines
print("about to fail")
local parts = {"first line", "second line"}
print(#parts)
error("first line\nsecond line")
