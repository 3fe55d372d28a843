-- Lua stack overflow happens after the same number of calls as in the reference
local n = 0
local function f() n = n + 1 f() end
print(pcall(f), n)
n = 0
local function g() n = n + 1 return 1 + g() end
local ok, e = pcall(g)
print(ok, string.sub(e, -14), n)
n = 0
local function h(a, b, c) n = n + 1 local x, y = a, b return h(x, y, c) + 1 end
print(pcall(h), n)
n = 0
local co = coroutine.create(function() local function k() n = n + 1 return 1 + k() end return k() end)
local okc, ec = coroutine.resume(co)
print(okc, string.sub(ec, -14), n, coroutine.status(co))
