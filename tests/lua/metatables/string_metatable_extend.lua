-- adding to the string table makes new methods available
function string.shout(s) return s:upper() .. "!" end
print(("hi"):shout())
string.shout = nil
print(pcall(function() return ("hi"):shout() end))
