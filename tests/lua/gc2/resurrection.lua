-- an object resurrected by its finalizer: weak values forget it before the
-- finalizer runs, weak keys only in the next cycle; its finalizer runs once
collectgarbage("stop")  -- only explicit collections: deterministic timing
local saved, count = nil, 0
local wk = setmetatable({}, {__mode = "k"})
local wv = setmetatable({}, {__mode = "v"})
do
  local o = setmetatable({name = "o"}, {__gc = function(x)
    count = count + 1
    saved = x
    print("finalizing", x.name, wk[x], wv.o)
  end})
  wk[o] = "key entry"
  wv.o = o
end
collectgarbage()
print("after 1st", saved and saved.name, wk[saved], wv.o, count)
collectgarbage()
print("after 2nd", saved and saved.name, wk[saved], count)
-- the resurrected object works as an ordinary table
saved.extra = {1, 2, 3}
print(#saved.extra)
-- once dropped it is collected without a second finalizer call
local probe = setmetatable({}, {__mode = "k"})
probe[saved] = true
saved = nil
collectgarbage()
collectgarbage()
local n = 0
for _ in pairs(probe) do n = n + 1 end
print("gone", n, count)

-- arming the finalizer again inside the finalizer runs it again
local again = 0
do
  local mt = {}
  mt.__gc = function(x)
    again = again + 1
    if again < 3 then setmetatable(x, mt) end
  end
  setmetatable({}, mt)
end
for _ = 1, 5 do collectgarbage() end
print("rearmed", again)

-- objects reachable from a resurrected object are kept too
local kept
do
  local inner = {value = 42}
  setmetatable({inner = inner}, {__gc = function(x) kept = x.inner end})
end
collectgarbage()
collectgarbage()
print("inner", kept and kept.value)
