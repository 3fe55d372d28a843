-- xpcall passes extra arguments to the function
print(xpcall(function(a, b, c) return c, b, a end, function() end, 1, 2, 3))
print(xpcall(select, function(e) return "err: " .. e end, "#", "x", "y"))
print(xpcall(select, function(e) return "err: " .. e end, 0))
print(xpcall(math.max, function(e) return e end, 4, 8, 6))
