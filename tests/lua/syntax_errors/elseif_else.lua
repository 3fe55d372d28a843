-- misplaced else/elseif
print(load("else"))
print(load("if a then else elseif b then end"))
print(load("if a then else else end"))
print(load("if a then elseif b then else end") ~= nil)
