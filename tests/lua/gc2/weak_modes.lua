-- weak tables: "k", "v" and "kv"; strings, numbers and booleans are values
-- and are never removed; only unreachable objects are
collectgarbage("stop")  -- only explicit collections: deterministic timing
local function count(t)
  local n = 0
  for _ in pairs(t) do n = n + 1 end
  return n
end
local keep = {}
local wk = setmetatable({}, {__mode = "k"})
local wv = setmetatable({}, {__mode = "v"})
local wkv = setmetatable({}, {__mode = "kv"})
for i = 1, 10 do
  local o = {}
  if i % 2 == 0 then keep[#keep + 1] = o end
  wk[o] = i
  wv[i] = o
  wkv[o] = o
  wkv[i] = o
end
wk.str = {}           -- string key: the value is strong in a weak-key table
wv.str = "a string"   -- string value: never removed
wv[100] = 3.5
wv[true] = false
wkv["s" .. 1] = "t" .. 2
wv.fn = function() end  -- closures are objects: removed
collectgarbage()
print(count(wk), count(wv), count(wkv))
print(type(wk.str), wv.str, wv[100], wv[true], wkv.s1)
print(wv.fn)
-- the surviving entries are exactly the kept objects
local ok = true
for _, o in ipairs(keep) do
  if wk[o] == nil or wkv[o] ~= o then ok = false end
end
print(ok)
for i = 1, 10 do
  if (wv[i] ~= nil) ~= (i % 2 == 0) then ok = false end
end
print(ok)

-- a mode set after the table was filled takes effect at the next cycle
local late = {}
late[{}] = 1
late[{}] = 2
setmetatable(late, {__mode = "k"})
collectgarbage()
print(count(late))

-- next keeps working across a collection that removes entries
local t = setmetatable({}, {__mode = "v"})
for i = 1, 100 do t[i] = (i % 3 == 0) and keep or {} end
local seen = 0
for k, v in pairs(t) do
  seen = seen + 1
  if seen == 5 then collectgarbage() end
end
print(seen <= 100, count(t))
