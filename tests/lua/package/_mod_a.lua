-- helper module for the package tests (not a test itself)
local M = {}
M.name = ...
M.file = select(2, ...)
function M.twice(x) return 2 * x end
return M
