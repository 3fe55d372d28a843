-- nested resumes count against the C-stack limit like the reference (same depth)
local d = 0
local function f()
  d = d + 1
  local co = coroutine.create(f)
  local ok, e = coroutine.resume(co)
  return ok, e
end
local ok, e = f()
print(ok, e, d)
d = 0
local function g() d = d + 1 return coroutine.wrap(g)() end
local ok2, e2 = pcall(g)
print(ok2, string.sub(e2, -16), d)
