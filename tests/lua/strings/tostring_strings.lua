-- tostring of a string is the string itself
local s = "same"
print(tostring(s) == s, tostring("") == "", type(tostring(12)))
print(tostring("a\0b") == "a\0b")
print(tostring(tostring(1.0)), #tostring(math.pi))
