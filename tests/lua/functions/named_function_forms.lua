-- function statements store into globals, fields and methods
local M = {sub = {}}
function M.f() return "M.f" end
function M.sub.g() return "M.sub.g" end
function M:h() return self == M end
function globalfn() return "global" end
print(M.f(), M.sub.g(), M:h(), globalfn())
