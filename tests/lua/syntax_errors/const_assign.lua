-- assignment to a <const> or <close> variable is a compile error
print(load("local x <const> = 1; x = 2"))
print(load("local y <close> = nil; y = 2"))
print(load("local z <const> = 1; return function() z = 3 end"))
print(load("local a <const> = 1; local b = a; b = 2") ~= nil)
