-- a label may not be defined twice in the same function block
print(load("::a:: ::a::"))
print(load("::b::\ndo\n::b::\nend"))
print(load("do ::c:: end ::c::") ~= nil)
print(load("::x:: do ::y:: end ::y::") ~= nil)
