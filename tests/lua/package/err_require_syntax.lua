-- a module with a syntax error is reported with its file
package.path = "./?.lua"
local ok, msg = pcall(require, "_mod_err")
print(ok, msg)
