-- weak-key tables are ephemerons: a value is kept only while its key is
-- reachable from outside the table, even when the value refers to the key
collectgarbage("stop")  -- only explicit collections: deterministic timing
local function count(t)
  local n = 0
  for _ in pairs(t) do n = n + 1 end
  return n
end
local e = setmetatable({}, {__mode = "k"})
-- value refers to its own key
do local k = {} e[k] = {k} end
-- a chain: k1 -> v1 holds k2 -> v2 holds k3 ...
local head = {}
do
  local k = head
  for i = 1, 20 do
    local nk = {}
    e[k] = {next = nk, i = i}
    k = nk
  end
end
-- a cycle through two entries
do local a, b = {}, {} e[a] = b e[b] = a end
collectgarbage()
print(count(e))
-- walking the chain from the kept head finds every link
local n, k = 0, head
while e[k] do n = n + 1; k = e[k].next end
print(n)
head = nil
collectgarbage()
print(count(e))

-- an ephemeron value that is itself an ephemeron key elsewhere
local e2 = setmetatable({}, {__mode = "k"})
local root = {}
do
  local mid = {}
  e[root] = mid
  e2[mid] = "reached through e"
end
collectgarbage()
print(count(e2), e2[e[root]])
root = nil
collectgarbage()
print(count(e), count(e2))
