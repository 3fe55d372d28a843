-- traceback of a global function called via a local alias
function helper_fn(t) return t.missing.value end
local h = helper_fn
local data = {}
h(data)
