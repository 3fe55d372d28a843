-- 'local function' can call itself; 'local f = function' cannot
local function a(n) if n == 0 then return "done" end return a(n - 1) end
print(a(3))
local b = function(n) if n == 0 then return "done" end return b(n - 1) end
print(pcall(b, 2))
