-- dofile propagates syntax and runtime errors and missing files
print(pcall(dofile, "data/syntax_error.lua.data"))
print(pcall(dofile, "data/runtime_error.lua.data"))
print(pcall(dofile, "data/does_not_exist.lua"))
print(pcall(dofile, "data/mod_a.lua.data"))
