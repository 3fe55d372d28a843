-- a missing intermediate table in a chain names the field
local cfg = {db = {}}
print(pcall(function() return cfg.db.host.name end))
print(pcall(function() cfg.cache.size = 10 end))
print(pcall(function() return cfg["db"]["x"]["y"] end))
print(pcall(function() local k = "key"; return cfg[k].z end))
