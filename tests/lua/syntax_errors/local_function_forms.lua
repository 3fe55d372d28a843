-- bad local function and method declarations
print(load("local function a.b() end"))
print(load("local function a:b() end"))
print(load("function a:b:c() end"))
print(load("function (x) end"))
