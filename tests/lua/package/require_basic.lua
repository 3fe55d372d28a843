-- require finds Lua modules on package.path, caches them and returns the loader data
local m, where = require("_mod_a")
print(m.name, m.file, where, m.twice(21))
print(require("_mod_a") == m, package.loaded._mod_a == m)
print(select('#', require("_mod_a")))
local r = require("_mod_nil")
print(r, loaded_nil_module, require("_mod_nil"), loaded_nil_module)
