-- a syntax error message can be re-raised as a plain value
local f, msg = load("local = 1", "=cfg")
print(f)
print(pcall(error, msg, 0))
print(type(msg), #msg > 0)
