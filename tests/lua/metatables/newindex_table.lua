-- __newindex as a table redirects new keys; existing keys are set directly
local store = {}
local t = setmetatable({existing = 1}, {__newindex = store})
t.existing = 2
t.new = 3
print(t.existing, rawget(t, "new"), store.new)
rawset(t, "raw", 4)
print(t.raw, store.raw)
