-- package.preload loaders get the name and ":preload:"
package.preload["my.mod"] = function(...) print("loading", ...) return {ok = true} end
print(require("my.mod").ok)
print(require("my.mod").ok)
package.preload.falsy = function() return false end
print(require("falsy"), package.loaded.falsy)
