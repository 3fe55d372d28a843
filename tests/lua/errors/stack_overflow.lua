-- unbounded recursion is caught as "stack overflow"
local function rec(n) return 1 + rec(n + 1) end
local ok, msg = pcall(rec, 1)
print(ok, type(msg), string.sub(msg, -14))
local function rec2() local t = {} ; rec2() ; return t end
local ok2, msg2 = pcall(rec2)
print(ok2, string.sub(msg2, -14))
print("still running", pcall(function() return 1 end))
