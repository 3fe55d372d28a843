-- assert passes through its arguments on success
print(assert(true))
print(assert(1, "msg", 3))
print(select("#", assert("v", nil, nil)))
print(pcall(assert, false, "message"))
print(pcall(assert, nil))
