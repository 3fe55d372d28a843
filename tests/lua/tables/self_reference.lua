-- a table may contain itself
local t = {}
t.self = t
t[t] = "key is self"
print(t.self == t, t.self.self.self == t, t[t])
