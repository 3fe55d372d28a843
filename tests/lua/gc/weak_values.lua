-- entries with weak values disappear once the values are unreachable
local cache = setmetatable({}, {__mode = "v"})
cache.a = {}
local keep = {}
cache.b = keep
cache.c = "strings are not collected from weak tables"
collectgarbage()
collectgarbage()
print(cache.a, cache.b == keep, cache.c ~= nil)
