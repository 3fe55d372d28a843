-- uncaught index of a nil local
local other = {name = "ok"}
print(other.name)
local cfg
print(cfg.name)
