-- __gc finalizers run in reverse order of marking (the setmetatable calls)
collectgarbage("stop")  -- only explicit collections: deterministic timing
local log = {}
local function note(x) log[#log + 1] = x end
local mt = {__gc = function(o) note(o.name) end}
do
  local a = setmetatable({name = "a"}, mt)
  local b = setmetatable({name = "b"}, mt)
  local c = setmetatable({name = "c"}, mt)
  -- setting a metatable again does not mark again
  setmetatable(a, mt)
end
collectgarbage()
print(table.concat(log, " "))

-- a __gc added to the metatable after setmetatable is ignored
log = {}
do
  local m = {}
  local late = setmetatable({name = "late"}, m)
  m.__gc = function(o) note(o.name) end
  local early = setmetatable({name = "early"}, {__gc = function(o) note(o.name) end})
end
collectgarbage()
print(table.concat(log, " "))

-- the finalizer is looked up when it runs: a replaced __gc is the one called
log = {}
do
  local m = {__gc = function(o) note("old " .. o.name) end}
  local x = setmetatable({name = "x"}, m)
  m.__gc = function(o) note("new " .. o.name) end
  local y = setmetatable({name = "y"}, {__gc = function() end})
  setmetatable(y, {})  -- marked, but no __gc when it is due: nothing runs
end
collectgarbage()
print(table.concat(log, " "))

-- finalizers of objects reachable only from each other still run, and the
-- objects are intact when they do
log = {}
do
  local p = setmetatable({name = "p"}, mt)
  local q = setmetatable({name = "q", other = p}, mt)
  p.other = q
end
collectgarbage()
print(table.concat(log, " "))

-- interleaved marking order over a longer run
log = {}
do
  local objs = {}
  for i = 1, 10 do objs[i] = {name = i} end
  for i = 10, 1, -2 do setmetatable(objs[i], mt) end
  for i = 1, 9, 2 do setmetatable(objs[i], mt) end
end
collectgarbage()
print(table.concat(log, " "))
