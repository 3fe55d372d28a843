-- goto may not jump into the scope of a local
print(load("goto f; local x; ::f:: print(x)"))
print(load("do goto f; local y = 1; ::f:: y = 2 end"))
print(load("do goto f; local z ::f:: end") ~= nil)
print(load("repeat goto cont; local z = 1; ::cont:: until z"))
