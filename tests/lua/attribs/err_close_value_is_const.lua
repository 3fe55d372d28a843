-- a <close> variable is also read-only, checked at compile time
print(load("local x <close> = nil; x = 1"))
print(load("local x <close> = nil; local function f() x = 2 end"))
print(load("local x <close> = nil; return x") ~= nil)
print(load("local a <close>, b = nil, 1; b = 2") ~= nil)
