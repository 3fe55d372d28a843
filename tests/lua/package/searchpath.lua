-- package.searchpath and the package fields
print(package.searchpath("_mod_a", "./?.lua"))
print(package.searchpath("x.y.z", "./?.lua;./?/init.lua"))
print(package.searchpath("x.y", "?.a;?.b", ".", "+"))
print(package.searchpath("x_y", "?.a", "_", "/"))
print(type(package.searchers), #package.searchers, package.config)
print(type(package.loaded), package.loaded.string == string, package.loaded._G == _G)
print(type(package.preload))
