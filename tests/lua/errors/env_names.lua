-- global names through _ENV, and a local _ENV
print(pcall(function() return _ENV.missing.x end))
print(pcall(function() local _ENV = {}; return missing.x end))
print(pcall(function() local _ENV = {print = print}; nofunc() end))
local env = {}
local f = load("return undefinedvar.field", "=envchunk", "t", env)
print(pcall(f))
