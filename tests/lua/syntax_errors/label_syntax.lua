-- malformed labels
print(load(":: ::"))
print(load("::a"))
print(load("::1::"))
print(load("::a::b::"))
