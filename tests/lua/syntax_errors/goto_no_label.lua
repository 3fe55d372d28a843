-- goto without a visible label
print(load("goto x"))
print(load("do ::x:: end goto x"))
print(load("\n\ngoto nowhere"))
print(load("function f() ::a:: end goto a"))
