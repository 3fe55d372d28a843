-- unfinished long strings and long comments report their starting line
print(load("x = [==[ abc"))
print(load("\n\nx = [[\nabc\n"))
print(load("--[[ abc"))
print(load("x = 1\n--[=[\n\n"))
