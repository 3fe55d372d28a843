-- pcall and xpcall return status and values
print(pcall(function(...) return ... end, 1, 2))
print(xpcall(function(...) return select("#", ...) end, print, nil, nil))
print(xpcall(error, function(m) return "H:" .. m end, "bad", 0))
print(select("#", pcall(print)))
