-- unknown attributes and multiple to-be-closed variables
print(load("local x <foo> = 1"))
print(load("local x <close>, y <close> = 1, 2"))
print(load("local x <const = 1"))
print(load("local x <> = 1"))
