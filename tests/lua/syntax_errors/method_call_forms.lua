-- method call needs arguments; string and table args allowed
print(load("o:m 1"))
print(load("o:m'x'") ~= nil, load("o:m{}") ~= nil, load("o:m()") ~= nil)
print(load("o.m:"))
print(load("o:m[1]"))
