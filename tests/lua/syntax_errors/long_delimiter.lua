-- invalid long string delimiter
print(load("x = [=a"))
print(load("x = [==x]==]"))
print(load("x = [=[ok]=]") ~= nil)
print(load("--[=x comment is short\nreturn 1") ~= nil)
