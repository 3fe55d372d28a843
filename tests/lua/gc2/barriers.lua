-- write barriers: objects stored into already-marked tables, metatables,
-- upvalues and closures between single-object incremental steps survive
collectgarbage("incremental", 200, 1, 1)  -- each step traverses one object
local function steps(n) for _ = 1, n do collectgarbage("step", 0) end end
local root = {}
local check = 0
local up = {}
local get = (function()
  local cell
  return function(v) if v then cell = v end return cell end
end)()
for i = 1, 400 do
  local old = root[(i % 50) + 1] or {}
  root[(i % 50) + 1] = {id = i, prev = old}                 -- table store
  local m = setmetatable({}, {__index = {tag = "m" .. i}})  -- metatable
  root[i % 7 + 60] = m
  local prev = get()
  if prev then check = check + prev.payload[1] end
  get({payload = {i}})                                      -- upvalue store
  local meta = root[i % 3 + 70] or {}
  root[i % 3 + 70] = meta
  local mm = getmetatable(meta)
  if mm then check = check + #mm.__index.tag end
  setmetatable(meta, {__index = {tag = "t" .. i}})          -- metatable of an old table
  up[i % 11 + 1] = function() return i, m end               -- closure
  local t = root[(i * 3) % 50 + 1]
  if t then t.extra = {i} end                               -- store into an old table
  steps(i % 5)
end
collectgarbage()
local garbage = {}
for i = 1, 3000 do garbage[i] = {i} end
garbage = nil
collectgarbage()
-- check everything reachable is intact
local sum = 0
for i = 1, 50 do
  local t = root[i]
  while t and t.id do sum = sum + t.id; if t.extra then sum = sum + t.extra[1] end; t = t.prev end
end
for i = 60, 66 do sum = sum + #root[i].tag end
sum = sum + get().payload[1]
for i = 1, 11 do local n, m = up[i](); sum = sum + n + #m.tag end
print(sum, check)
