-- load: the parser's nesting limit counts the C calls already active when load starts
local function limit(wrap)
  for n = 180, 205 do
    local src = string.rep("do ", n) .. string.rep("end ", n)
    local ok, f = pcall(wrap, src)
    if not (ok and f) then return n end
  end
  return "none"
end
print("direct", limit(function(s) return load(s) end))
print("pcall", limit(function(s) return select(2, pcall(load, s)) end))
print("pcall2", limit(function(s)
  return select(2, pcall(function() return select(2, pcall(load, s)) end))
end))
print("index", limit(function(s)
  return setmetatable({}, {__index = function() return load(s) end}).x
end))
print("coroutine", limit(function(s)
  return coroutine.wrap(function() return load(s) end)()
end))
