-- A runtime error: message with chunk name and line, traceback, exit status 1.
local function f(t)
  return t.x.y
end
print("before")
f({})
