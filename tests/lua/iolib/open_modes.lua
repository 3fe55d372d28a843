-- io.open: mode validation ("[rwa]+?b*"), failure results, io.type
local good = {"r", "rb", "r+", "r+b", "rbb"}
for _, m in ipairs(good) do
  local f = io.open("data/lines.txt", m)
  print(m, io.type(f))
  f:close()
end
local bad = {"", "x", "rw", "r++", "+r", "rb+", "rt", "br", "ww", "r b"}
for _, m in ipairs(bad) do
  local ok, msg = pcall(io.open, "data/lines.txt", m)
  print(string.format("%q", m), ok, msg)
end
-- mode must be a string; numbers convert (and are invalid)
print(pcall(io.open, "data/lines.txt", {}))
print(pcall(io.open, "data/lines.txt", 1))
print(pcall(io.open))
print(pcall(io.open, {}))
-- a missing file: fail, "name: message", errno
print(io.open("data/no such file"))
print(io.open("data/no such file", "r+"))
-- a directory opens for reading (reading it fails later) but not for writing
print(io.open("data", "w"))
-- io.type
print(io.type(io.stdin), io.type(io.stdout), io.type(io.stderr))
print(io.type(nil), io.type({}), io.type("file"), io.type(print))
print(pcall(io.type))
local f = io.open("data/lines.txt")
print(io.type(f))
print(f:close())
print(io.type(f))
print(pcall(f.close, f))
