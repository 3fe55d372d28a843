-- broken package.searchers
local saved = package.searchers
package.searchers = nil
print(pcall(require, "anything"))
package.searchers = {function(name) return "custom miss for " .. name end, function() return nil end}
print(pcall(require, "anything"))
package.searchers = {function(name) return function(n, extra) return n .. "!" .. tostring(extra) end, 99 end}
print(require("thing"))
package.searchers = saved
