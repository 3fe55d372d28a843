-- identifiers may contain underscores/digits; keywords are case sensitive
local _ = 1
local _x1, X_, And, NIL, End = 2, 3, 4, 5, 6
local __ = 7
print(_, _x1, X_, And, NIL, End, __)
local t = {}
t["end"] = "kw key"
t.And = 8
print(t["end"], t.And)
local nil_ = "notnil"
print(nil_)
