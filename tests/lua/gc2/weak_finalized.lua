-- objects being finalized: removed from weak values before the finalizer
-- runs, kept as weak keys until the cycle after; strings never go
collectgarbage("stop")  -- only explicit collections: deterministic timing
local wv = setmetatable({}, {__mode = "v"})
local wk = setmetatable({}, {__mode = "k"})
local log = {}
do
  for i = 1, 3 do
    local o = setmetatable({i = i}, {__gc = function(x)
      log[#log + 1] = string.format("%d:%s:%s", x.i, tostring(wv[x.i]), tostring(wk[x]))
    end})
    wv[i] = o
    wk[o] = "k" .. i
  end
  wv.s = "kept string"
end
collectgarbage()
print(table.concat(log, " "))
local n = 0
for _ in pairs(wk) do n = n + 1 end
print(n, wv.s)
collectgarbage()
n = 0
for _ in pairs(wk) do n = n + 1 end
print(n)
