-- error with a string message adds the position of the caller of error
local function f() error("failed here") end
print(pcall(f))
local function g()
  error("on a later line")
end
print(pcall(g))
print(pcall(error, "direct"))
