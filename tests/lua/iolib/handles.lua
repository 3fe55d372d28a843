-- file handles: metatable ("FILE*"), methods, __tostring, __close, closing, standard files
local mt = getmetatable(io.stdout)
print(mt.__name, type(mt.__index), type(mt.__gc), type(mt.__close), type(mt.__tostring))
print(mt == getmetatable(io.stdin), mt == getmetatable(io.tmpfile()))
local names = {}
for k in pairs(mt.__index) do names[#names + 1] = k end
table.sort(names)
print(table.concat(names, " "))
print(tostring(io.stdout):match("^file %(0x%x+%)$") ~= nil)
local f = io.tmpfile()
print(tostring(f) ~= tostring(io.stdout), tostring(f):sub(1, 6))
print(f:close(), tostring(f), io.type(f))
-- every method checks that the handle is open
for _, m in ipairs(names) do
  print(m, pcall(mt.__index[m], f))
end
-- __tostring, __gc and __close accept closed handles
print(mt.__tostring(f), mt.__gc(f), mt.__close(f))
-- methods on non-handles
print(pcall(mt.__index.read, {}))
print(pcall(mt.__index.write, "x"))
print(pcall(mt.__tostring, 1))
print(pcall(io.stdout.read))
print(pcall(function() return io.stdout.close(io) end))
-- the standard files cannot be closed
print(io.stdout:close())
print(io.stderr:close())
print(io.type(io.stdout))
print(pcall(io.close, io.stdin))
print(pcall(io.close, nil))
-- a <close> variable closes its file
local kept
do
  local g <close> = io.tmpfile()
  kept = g
  g:write("data")
  print(io.type(g))
end
print(io.type(kept))
-- closing a file twice is an error; __close after close is fine
local h = io.tmpfile()
print(h:close())
print(pcall(h.close, h))
print(pcall(mt.__close, h, nil))
-- a method called on the wrong value names it
print(pcall(function() local t = {read = mt.__index.read}; return t:read() end))
